package se.helhet.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Signed-in user")
class MeApi {

    record MeJson(UUID id, String username, String displayName, Set<Role> roles, List<Unit> units,
                  boolean maySeeProtected) {
    }

    private final CurrentUsers currentUsers;

    MeApi(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user: id, roles and units")
    MeJson me() {
        var user = currentUsers.require();
        return new MeJson(user.id(), user.username(), user.displayName(), user.roles(), user.units(),
                user.maySeeProtected());
    }
}
