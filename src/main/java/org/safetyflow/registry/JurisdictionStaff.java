package org.safetyflow.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who works for a jurisdiction: the users who are members of its tenant or of the tenant of a
 * jurisdiction enclosing it (a city's or the province's officials cover its counties, as they see
 * their cases), directly or through one of their groups. A county's officials do not work for the
 * city, nor those of a neighbouring county.
 */
@Component
public class JurisdictionStaff {

    private final IdentityService identity;
    private final JurisdictionDirectory directory;

    JurisdictionStaff(IdentityService identity, JurisdictionDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /** The ids of the users who work for the jurisdiction {@code code}. */
    public Set<String> of(String code) {
        Set<String> users = new LinkedHashSet<>();
        for (String tenant : withEnclosing(code)) {
            identity.createUserQuery().memberOfTenant(tenant).list().forEach(user -> users.add(user.getId()));
            for (Group group : identity.createGroupQuery().memberOfTenant(tenant).list()) {
                identity.createUserQuery().memberOfGroup(group.getId()).list().stream().map(User::getId).forEach(users::add);
            }
        }
        return users;
    }

    /** The jurisdiction and those enclosing it, up to its province. */
    List<String> withEnclosing(String code) {
        List<String> codes = new ArrayList<>();
        for (Jurisdiction current = directory.find(code).orElse(null); current != null;
                current = directory.find(current.parentCode()).orElse(null)) {
            codes.add(current.code());
        }
        return codes;
    }
}
