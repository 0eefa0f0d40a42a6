package org.safetyflow.registry;

import java.util.List;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 严重失信主体名单 as JSON: anyone signed in reads, administrators list and remove early. */
@RestController
@RequestMapping("/api/registry/blacklist")
class BlacklistController {

    private final Blacklist blacklist;
    private final CurrentUser currentUser;

    BlacklistController(Blacklist blacklist, CurrentUser currentUser) {
        this.blacklist = blacklist;
        this.currentUser = currentUser;
    }

    /** Entries in force today; {@code all=true} includes expired and removed ones; {@code creditCode} filters. */
    @GetMapping
    List<BlacklistEntry> blacklist(@RequestParam(required = false) String creditCode,
            @RequestParam(defaultValue = "false") boolean all) {
        List<BlacklistEntry> entries = blacklist.list(all);
        return creditCode == null ? entries
                : entries.stream().filter(entry -> entry.creditCode().equalsIgnoreCase(creditCode.strip())).toList();
    }

    record NewBlacklistEntry(String creditCode, String enterpriseName, String reason, String sourceCase,
            String decisionNumber, String listedOn) {
    }

    @PostMapping
    ResponseEntity<BlacklistEntry> list(@RequestBody NewBlacklistEntry request) {
        currentUser.requireAdministrator();
        BlacklistEntry entry = blacklist.add(request.creditCode(), request.enterpriseName(), request.reason(),
                request.sourceCase(), request.decisionNumber(), request.listedOn(), currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }

    record Removal(String removedOn, String reason) {
    }

    @PostMapping("/{id}/removal")
    BlacklistEntry remove(@PathVariable String id, @RequestBody Removal request) {
        currentUser.requireAdministrator();
        return blacklist.removeEarly(id, request.removedOn(), request.reason(), currentUser.id());
    }
}
