package org.safetyflow.security;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the signed-in user, or null for the engine's own work (timers). */
public final class Actors {

    private Actors() {
    }

    public static String current(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
