package se.helhet.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.common.ActorKind;
import se.helhet.person.People;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.PageForm;

/** The forums, a forum with its meetings, and a meeting with its consultations, each with its form. */
@Controller
class ForumPages {

    /** External participants a meeting form offers rows for; more are added in later meetings or the API. */
    static final int EXTERNAL_ROWS = 4;

    private static final Pattern PARTICIPANT_FIELD = Pattern.compile("participants\\[(\\d+)]\\.(\\w+)");

    record ForumForm(String name, String areaId, String serves, String recurrence, String schedule) {
        static final ForumForm EMPTY = new ForumForm("", "", "", Recurrence.MONTHLY.name(), "");
    }

    /** Staff chosen by id; the external participants as rows of the same index in the three arrays. */
    record MeetingForm(String heldOn, String notes, List<String> staffIds, String[] actorKind, String[] name,
                       String[] role) {

        static MeetingForm empty() {
            return new MeetingForm("", "", List.of(), new String[EXTERNAL_ROWS], new String[EXTERNAL_ROWS],
                    new String[EXTERNAL_ROWS]);
        }

        public String at(String[] values, int i) {
            return values != null && i < values.length && values[i] != null ? values[i] : "";
        }
    }

    private final Forums forums;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ForumPages(Forums forums, People people, StaffDirectory staff, CurrentUsers currentUsers, Clock clock) {
        this.forums = forums;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/samverkansforum")
    String list(Model model) {
        return showList(ForumForm.EMPTY, Map.of(), model);
    }

    @PostMapping("/samverkansforum")
    String create(ForumForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> forums.create(new NewForum(form.name(), null,
                        FieldProblems.blank(form.areaId()) ? null
                                : FieldProblems.chosenId(form.areaId(), "areaId", "forum.problem.chooseFromList"), form.serves(),
                        form.recurrence(), form.schedule())))
                .submit(forum -> PageForm.redirectSaying(redirect, "/samverkansforum/" + forum.id(), "forum.created"),
                        errors -> showList(form, errors, model));
    }

    @GetMapping("/samverkansforum/{id}")
    String forum(@PathVariable UUID id, Model model) {
        return showForum(id, MeetingForm.empty(), Map.of(), model);
    }

    @PostMapping("/samverkansforum/{id}/moten")
    String recordMeeting(@PathVariable UUID id, MeetingForm form, Model model, RedirectAttributes redirect) {
        TypedMeeting typed;
        try {
            typed = typed(form);
        } catch (InvalidInputException e) {
            return showForum(id, form, e.byField(), model);
        }
        return PageForm.attempt(() -> forums.recordMeeting(id, typed.meeting()))
                .fieldsOnPage(typed::pageField)
                .submit(meeting -> PageForm.redirectSaying(redirect, "/samverkansforum/" + id + "/moten/" + meeting.id(),
                                "forum.meeting.recorded"),
                        errors -> showForum(id, form, errors, model));
    }

    @GetMapping("/samverkansforum/{id}/moten/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        return showMeeting(id, meetingId, emptyConsultation(), Map.of(), model);
    }

    @PostMapping("/samverkansforum/{id}/moten/{meetingId}/konsultationer")
    String bring(@PathVariable UUID id, @PathVariable UUID meetingId, NewConsultation form, Model model,
                 RedirectAttributes redirect) {
        // The page brings questions anonymously; one with consent comes through the API, naming the child.
        NewConsultation anonymous = new NewConsultation(form.ageGroup(), form.broughtBy(), form.question(),
                form.advice(), form.actions(), form.followUpBy(), form.followUpOn(), null);
        return PageForm.attempt(() -> forums.bring(id, meetingId, anonymous))
                .submit(brought -> PageForm.redirectSaying(redirect, "/samverkansforum/" + id + "/moten/" + meetingId
                                + "#konsultationer", "forum.consultation.recorded"),
                        errors -> showMeeting(id, meetingId, form, errors, model));
    }

    private String showList(ForumForm form, Map<String, String> errors, Model model) {
        if (!forums.mayUse()) {
            throw new AccessDeniedException("The forum is for social workers and unit managers");
        }
        model.addAttribute("forums", forums.forums());
        model.addAttribute("counts", forums.counts().stream()
                .collect(java.util.stream.Collectors.toMap(ForumRepository.Counts::forumId, c -> c)));
        model.addAttribute("areas", people.areas());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "forum/list";
    }

    private String showForum(UUID id, MeetingForm form, Map<String, String> errors, Model model) {
        Forum forum = forums.forum(id);
        model.addAttribute("forum", forum);
        model.addAttribute("area", people.areas().stream().filter(a -> a.id().equals(forum.areaId())).findFirst()
                .orElse(null));
        model.addAttribute("meetings", forums.meetings(id));
        model.addAttribute("colleagues", staff.caseWorkersIn(currentUsers.require().unitIds()));
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("rows", EXTERNAL_ROWS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "forum/forum";
    }

    private String showMeeting(UUID id, UUID meetingId, NewConsultation form, Map<String, String> errors,
                               Model model) {
        model.addAttribute("forum", forums.forum(id));
        model.addAttribute("meeting", forums.meeting(id, meetingId));
        model.addAttribute("consultations", forums.consultations(id, meetingId));
        model.addAttribute("ageGroups", ConsultationAgeGroup.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "forum/meeting";
    }

    private static NewConsultation emptyConsultation() {
        return new NewConsultation("", "", "", "", "", "", "", null);
    }

    /**
     * The meeting as the rules read it, and for each participant the page's row it came from (-1: a member of
     * staff ticked), so that a problem of participants[i] stands beside the row it is about.
     */
    record TypedMeeting(NewMeeting meeting, List<Integer> pageRows) {

        String pageField(String field) {
            Matcher m = PARTICIPANT_FIELD.matcher(field);
            if (!m.matches()) {
                return field;
            }
            int row = pageRows.get(Integer.parseInt(m.group(1)));
            return row < 0 ? "staffIds" : m.group(2) + "-" + row;
        }
    }

    /** The staff ticked and every external row with anything typed in it, in the order of the form. */
    private static TypedMeeting typed(MeetingForm form) {
        List<NewMeeting.NewParticipant> participants = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (String s : form.staffIds() == null ? List.<String>of() : form.staffIds()) {
            participants.add(new NewMeeting.NewParticipant(FieldProblems.chosenId(s, "staffIds", "forum.problem.chooseFromList"), null,
                    null, null));
            rows.add(-1);
        }
        for (int i = 0; i < EXTERNAL_ROWS; i++) {
            String kind = form.at(form.actorKind(), i);
            String name = form.at(form.name(), i);
            String role = form.at(form.role(), i);
            if (!kind.isBlank() || !name.isBlank() || !role.isBlank()) {
                participants.add(new NewMeeting.NewParticipant(null, kind, name, role));
                rows.add(i);
            }
        }
        return new TypedMeeting(new NewMeeting(form.heldOn(), form.notes(), participants), rows);
    }
}
