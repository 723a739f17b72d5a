package org.judang.engine.synth;

/**
 * How the records of a batch divide between subject kinds: vehicles about a fifth (at least two per vehicle),
 * non-motor vehicles 3% and things 2% (a handful of objects seen a few times each), persons the rest. A later batch of
 * a case (see {@link GeneratorSettings#firstDay()}) shows only some of its persons and vehicles, so it may be small.
 */
record RecordBudget(int persons, int vehicles, int nonMotorVehicles, int nonMotorVehicleCount, int things, int thingCount) {
    static final double VEHICLE_SHARE = 0.20, NON_MOTOR_SHARE = 0.03, THING_SHARE = 0.02;
    /** Below this many records a batch has only persons and vehicles. */
    static final int OBJECTS_FROM = 50;

    static RecordBudget of(GeneratorSettings s) {
        int records = s.records();
        int nonMotor = records >= OBJECTS_FROM ? (int) (NON_MOTOR_SHARE * records) : 0;
        int things = records >= OBJECTS_FROM ? (int) (THING_SHARE * records) : 0;
        // a later batch (firstDay > 0) shows some of the case's subjects again, not all of them
        boolean later = s.firstDay() > 0;
        int vehicles = s.vehicles() == 0 ? 0 : later ? (int) Math.round(VEHICLE_SHARE * records)
                : (int) Math.max(Math.round(VEHICLE_SHARE * records), 2L * s.vehicles());
        int persons = records - vehicles - nonMotor - things;
        if (!later && persons < s.identities()) {
            throw new IllegalArgumentException(records + " records are too few for " + s.identities() + " persons and "
                    + s.vehicles() + " vehicles: vehicles take " + vehicles + " records, leaving " + Math.max(0, persons)
                    + " for the persons, who need at least one each");
        }
        return new RecordBudget(persons, vehicles, nonMotor, nonMotor == 0 ? 0 : Math.max(1, Math.round(nonMotor / 4f)),
                things, things == 0 ? 0 : Math.max(1, Math.round(things / 3f)));
    }
}
