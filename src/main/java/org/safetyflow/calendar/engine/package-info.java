/**
 * The calendar in the engine: working-day and calendar-day expressions for BPMN, statutory clocks that
 * pause, the holiday tables and their health. Capabilities use it (a named interface of the calendar
 * module); the pure rules are in the module's top package.
 */
@NamedInterface("engine")
package org.safetyflow.calendar.engine;

import org.springframework.modulith.NamedInterface;
