package se.helhet.instrument;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.platform.NotFoundException;

/**
 * The licensed item texts of the instruments' forms: an administrator loads or removes a form's texts as a
 * whole; whoever records instruments reads them to see the wording beside the numbers. The texts are no
 * personal data, so reads are not traced; each load keeps who made it and when.
 */
@Service
public class ItemTexts {

    static final String LANGUAGE = "sv";

    private final ItemTextRepository repository;
    private final CurrentUsers currentUsers;

    ItemTexts(ItemTextRepository repository, CurrentUsers currentUsers) {
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    /** Every form with its texts, for the administrator's page. */
    public List<FormTexts> overview() {
        requireAdministrator();
        Map<String, ItemTextRepository.Load> loads = repository.currentLoads(LANGUAGE).stream()
                .collect(Collectors.toMap(l -> l.instrument() + "/" + l.form(), Function.identity()));
        return Instruments.forms().stream().map(f -> {
            ItemTextRepository.Load load = loads.get(f.instrument() + "/" + f.form());
            return load == null ? FormTexts.none(f) : texts(f, load);
        }).toList();
    }

    public FormTexts forForm(String instrument, String form) {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.ADMINISTRATOR) && !InstrumentAdministrations.records(user)) {
            throw new AccessDeniedException("Only those who record instruments read their item texts");
        }
        InstrumentForm found = form(instrument, form);
        return repository.currentLoad(found, LANGUAGE).map(l -> texts(found, l)).orElse(FormTexts.none(found));
    }

    /** Replaces the form's texts as a whole; the earlier load is kept, ended. */
    @Transactional
    public FormTexts load(String instrument, String form, List<String> texts) {
        CurrentUser user = requireAdministrator();
        InstrumentForm found = form(instrument, form);
        List<String> checked = ItemTextRules.check(found, texts);
        repository.lock(found, LANGUAGE);
        repository.endCurrent(found, LANGUAGE, user.id());
        repository.insert(found, LANGUAGE, checked, user.id());
        return repository.currentLoad(found, LANGUAGE).map(l -> texts(found, l)).orElseThrow();
    }

    /** The form shows item numbers only from now on; returns whether any texts were loaded. */
    @Transactional
    public boolean remove(String instrument, String form) {
        CurrentUser user = requireAdministrator();
        InstrumentForm found = form(instrument, form);
        repository.lock(found, LANGUAGE);
        return repository.endCurrent(found, LANGUAGE, user.id());
    }

    private FormTexts texts(InstrumentForm form, ItemTextRepository.Load load) {
        return new FormTexts(form, LANGUAGE, repository.texts(load.id()), load.loadedBy(), load.loadedAt());
    }

    private static InstrumentForm form(String instrument, String form) {
        return Instruments.form(instrument, form)
                .orElseThrow(() -> new NotFoundException("instrument.form.notFound", instrument, form));
    }

    private CurrentUser requireAdministrator() {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators load item texts");
        }
        return user;
    }
}
