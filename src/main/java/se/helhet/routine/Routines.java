package se.helhet.routine;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/**
 * The routines: every member of staff may read them (they hold no personal data); only an administrator writes
 * one. A routine already in use is kept as written: the stops it set for families are copies.
 */
@Service
class Routines {

    private final RoutineRepository routines;
    private final CurrentUsers currentUsers;

    Routines(RoutineRepository routines, CurrentUsers currentUsers) {
        this.routines = routines;
        this.currentUsers = currentUsers;
    }

    List<Routine> all() {
        currentUsers.require();
        return routines.all();
    }

    Routine get(UUID id) {
        currentUsers.require();
        return routines.findById(id).orElseThrow(() -> new NotFoundException("routine.notFound"));
    }

    boolean mayWrite() {
        return currentUsers.require().has(Role.ADMINISTRATOR);
    }

    @Transactional
    Routine write(RoutineRules.RoutineInput input) {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only an administrator writes routines");
        }
        Routine routine = RoutineRules.check(input);
        if (routines.nameTaken(routine.name())) {
            throw new InvalidInputException("name", "routine.problem.nameTaken");
        }
        routines.insert(routine, user.id());
        return routine;
    }
}
