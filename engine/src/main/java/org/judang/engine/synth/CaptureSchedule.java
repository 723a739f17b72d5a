package org.judang.engine.synth;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.judang.engine.model.ObjectType;

/**
 * When and where every subject passes a camera, in time order: the skeleton of the batch.
 * <p>A pass is one subject going past one camera; it yields one to six frames seconds apart (near-duplicates), and a
 * person's frame holds a face, a body or both. Subjects favour a few cameras and the hours of the day people are out.
 * A co-traveller's passes mirror its leader's, seconds later at the same camera.
 * <p>Held as parallel primitive arrays (a few bytes per pass) so that a million-record batch costs megabytes; the
 * records themselves are made one pass at a time from each pass's own random stream.
 */
final class CaptureSchedule {
    /** Midnight at the start of the case, as case-local epoch seconds (see {@code CaseTime}). */
    static final long CASE_START = LocalDateTime.of(2025, 11, 3, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final int FACE = 1, BODY = 2, BOTH = FACE | BODY;
    /** Content of a frame of a vehicle or an object: the object itself. */
    static final int OBJECT = 1;
    static final int MAX_FRAMES = 6;

    /** Appearance shapes per kind: persons have many one-offs and a steep tail; objects are seen a few times each. */
    static final AppearanceCounts.Shape PERSONS = new AppearanceCounts.Shape(0.30, 0.55, 1.0, 2);
    static final AppearanceCounts.Shape VEHICLES = new AppearanceCounts.Shape(0.20, 0, 0.8, 2);
    static final AppearanceCounts.Shape NON_MOTOR_VEHICLES = new AppearanceCounts.Shape(0.20, 0, 0.6, 2);
    static final AppearanceCounts.Shape THINGS = new AppearanceCounts.Shape(0.30, 0, 0.5, 2);

    enum SubjectKind {
        PERSON, MOTOR_VEHICLE, NON_MOTOR_VEHICLE, THING;

        /** The object type of its records; a person's are faces and bodies. */
        ObjectType objectType() {
            return switch (this) {
                case PERSON -> throw new IllegalStateException("a person yields faces and bodies");
                case MOTOR_VEHICLE -> ObjectType.MOTOR_VEHICLE;
                case NON_MOTOR_VEHICLE -> ObjectType.NON_MOTOR_VEHICLE;
                case THING -> ObjectType.THING;
            };
        }
    }

    private static final SubjectKind[] KINDS = SubjectKind.values();
    /** Relative traffic per hour of the day: rush hours busy, nights quiet. */
    private static final int[] HOURLY = {1, 1, 1, 1, 1, 2, 4, 8, 10, 8, 6, 6, 7, 6, 6, 6, 7, 9, 10, 8, 6, 4, 3, 2};

    private final byte[] kind;
    private final int[] subject;
    private final int[] camera;
    private final int[] start;
    private final int[] shape;
    private final Map<ObjectType, Long> counts;
    /** Case-local epoch seconds of the schedule's first midnight. */
    private final long base;

    private CaptureSchedule(Builder b, int firstDay) {
        base = CASE_START + firstDay * 86_400L;
        int n = b.size;
        long[] order = new long[n];
        for (int i = 0; i < n; i++) order[i] = ((long) b.start[i] << 32) | i;
        Arrays.sort(order);
        kind = new byte[n];
        subject = new int[n];
        camera = new int[n];
        start = new int[n];
        shape = new int[n];
        for (int p = 0; p < n; p++) {
            int i = (int) order[p];
            kind[p] = b.kind[i];
            subject[p] = b.subject[i];
            camera[p] = b.camera[i];
            start[p] = b.start[i];
            shape[p] = b.shape[i];
        }
        counts = new EnumMap<>(ObjectType.class);
        for (ObjectType t : ObjectType.values()) counts.put(t, 0L);
        for (int p = 0; p < n; p++) {
            for (int f = 0; f < frames(p); f++) {
                int content = content(p, f);
                if (kind(p) == SubjectKind.PERSON) {
                    if ((content & FACE) != 0) counts.merge(ObjectType.FACE, 1L, Long::sum);
                    if ((content & BODY) != 0) counts.merge(ObjectType.PERSON, 1L, Long::sum);
                } else {
                    counts.merge(kind(p).objectType(), 1L, Long::sum);
                }
            }
        }
    }

    /**
     * Decides how often every subject appears and plans its passes. Look-alikes, co-travellers, gallery persons and
     * both vehicles of a cloned plate always recur; co-travellers, gallery persons and cloned-plate vehicles are among
     * the frequently seen, so that what they exist to show is visible.
     */
    static CaptureSchedule plan(int days, int firstDay, RecordBudget budget, RandomStreams streams, CameraNetwork cameras,
                                IdentityModel persons, VehicleFleet fleet, ObjectCatalogue nonMotor, ObjectCatalogue things) {
        AppearanceCounts.Subject[] people = new AppearanceCounts.Subject[persons.size()];
        for (int i = 0; i < people.length; i++) {
            boolean leads = persons.coTraveller(i) > i;
            boolean special = persons.lookAlikeOf(i) >= 0 || persons.coTraveller(i) >= 0 || persons.inGallery(i);
            people[i] = new AppearanceCounts.Subject(persons.follows(i) ? 0 : leads ? 2 : 1, special, leads || persons.inGallery(i));
        }
        if (firstDay > 0) onlySome(people, budget.persons() / 4, streams.stream("later-persons"));
        int[] personCounts = AppearanceCounts.allocate("persons", budget.persons(), people, PERSONS, streams.stream("counts-persons"));
        AppearanceCounts.Subject[] vehicles = new AppearanceCounts.Subject[fleet.size()];
        for (int i = 0; i < vehicles.length; i++) {
            vehicles[i] = fleet.inClonePair(i) ? new AppearanceCounts.Subject(1, true, true) : AppearanceCounts.Subject.ORDINARY;
        }
        if (firstDay > 0) onlySome(vehicles, budget.vehicles() / 4, streams.stream("later-vehicles"));
        int[] vehicleCounts = AppearanceCounts.allocate("vehicles", budget.vehicles(), vehicles, VEHICLES, streams.stream("counts-vehicles"));
        int[] nonMotorCounts = AppearanceCounts.allocate("non-motor vehicles", budget.nonMotorVehicles(),
                ordinary(nonMotor.size()), NON_MOTOR_VEHICLES, streams.stream("counts-non-motor"));
        int[] thingCounts = AppearanceCounts.allocate("things", budget.things(), ordinary(things.size()), THINGS, streams.stream("counts-things"));

        Builder b = new Builder(cameras, days, streams);
        for (int i = 0; i < personCounts.length; i++) {
            if (persons.follows(i)) continue;
            b.add(SubjectKind.PERSON, i, personCounts[i], persons.coTraveller(i));
        }
        for (int i = 0; i < vehicleCounts.length; i++) b.add(SubjectKind.MOTOR_VEHICLE, i, vehicleCounts[i], -1);
        for (int i = 0; i < nonMotorCounts.length; i++) b.add(SubjectKind.NON_MOTOR_VEHICLE, i, nonMotorCounts[i], -1);
        for (int i = 0; i < thingCounts.length; i++) b.add(SubjectKind.THING, i, thingCounts[i], -1);
        return b.build(firstDay);
    }

    /** A later batch: all but {@code keep} subjects, chosen at random, are not seen in it (multiplicity 0). */
    private static void onlySome(AppearanceCounts.Subject[] subjects, int keep, SplittableRandom rng) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) if (subjects[i].multiplicity() > 0) order.add(i);
        AppearanceCounts.shuffle(order, rng);
        for (int k = Math.max(1, keep); k < order.size(); k++) subjects[order.get(k)] = new AppearanceCounts.Subject(0, false, false);
    }

    private static AppearanceCounts.Subject[] ordinary(int n) {
        AppearanceCounts.Subject[] subjects = new AppearanceCounts.Subject[n];
        Arrays.fill(subjects, AppearanceCounts.Subject.ORDINARY);
        return subjects;
    }

    int size() { return kind.length; }
    SubjectKind kind(int pass) { return KINDS[kind[pass]]; }
    int subject(int pass) { return subject[pass]; }
    int camera(int pass) { return camera[pass]; }
    /** Case-local epoch seconds of the pass's first frame. */
    long start(int pass) { return base + start[pass]; }
    int frames(int pass) { return shape[pass] & 0xF; }
    /** {@link #FACE}, {@link #BODY} or {@link #BOTH} for a person's frame, {@link #OBJECT} otherwise. */
    int content(int pass, int frame) { return (shape[pass] >>> (4 + 2 * frame)) & 3; }
    /** Records per object type, every type present. */
    Map<ObjectType, Long> counts() { return counts; }

    /** Plans passes subject by subject; each subject draws from its own stream, so plans do not depend on order. */
    static final class Builder {
        private final CameraNetwork cameras;
        private final int days;
        private final RandomStreams streams;
        private int size;
        private byte[] kind = new byte[1024];
        private int[] subject = new int[1024], camera = new int[1024], start = new int[1024], shape = new int[1024];

        Builder(CameraNetwork cameras, int days, RandomStreams streams) {
            this.cameras = cameras;
            this.days = days;
            this.streams = streams;
        }

        /**
         * Plans exactly {@code records} records of one subject. A person with one or two records is a passer-by
         * seen in a single frame.
         *
         * @param follower a person who goes everywhere with this one, seconds later; -1 for none
         */
        Builder add(SubjectKind what, int index, int records, int follower) {
            SplittableRandom rng = streams.stream("schedule-" + what, index);
            int[] favourites = new int[1 + rng.nextInt(3)];
            for (int i = 0; i < favourites.length; i++) favourites[i] = cameras.pick(rng);
            int remaining = records;
            while (remaining > 0) {
                int where = rng.nextDouble() < 0.7 ? favourites[rng.nextInt(favourites.length)] : cameras.pick(rng);
                int when = time(rng);
                int frames = 0, packed = 0;
                boolean single = what == SubjectKind.PERSON && records <= 2;
                do {
                    int content = what != SubjectKind.PERSON ? OBJECT : personFrame(remaining, single, rng);
                    packed |= content << (4 + 2 * frames);
                    remaining -= Integer.bitCount(content);
                    frames++;
                } while (remaining > 0 && frames < MAX_FRAMES && !single && rng.nextDouble() < 0.4);
                append(what, index, where, when, packed | frames);
                if (follower >= 0) append(what, follower, where, Math.min(when + 1 + rng.nextInt(8), lastSecond()), packed | frames);
            }
            return this;
        }

        CaptureSchedule build(int firstDay) {
            return new CaptureSchedule(this, firstDay);
        }

        private int personFrame(int remaining, boolean single, SplittableRandom rng) {
            if (single) return remaining == 2 ? BOTH : rng.nextDouble() < 0.65 ? BODY : FACE;
            double r = rng.nextDouble();
            if (remaining >= 2) return r < 0.55 ? BOTH : r < 0.85 ? BODY : FACE;
            return r < 0.65 ? BODY : FACE;
        }

        /** Seconds after the case start: a day, then an hour weighted by traffic, then any second of it. */
        private int time(SplittableRandom rng) {
            int day = rng.nextInt(days);
            int hour = IdentityModel.pickIndex(HOURLY, rng);
            int second = day * 86_400 + hour * 3600 + rng.nextInt(3600);
            return Math.min(second, lastSecond());
        }

        /** Late enough for a whole pass and a follower to fit before the case ends. */
        private int lastSecond() {
            return days * 86_400 - 60;
        }

        private void append(SubjectKind what, int index, int where, int when, int packed) {
            if (size == kind.length) {
                int capacity = size * 2;
                kind = Arrays.copyOf(kind, capacity);
                subject = Arrays.copyOf(subject, capacity);
                camera = Arrays.copyOf(camera, capacity);
                start = Arrays.copyOf(start, capacity);
                shape = Arrays.copyOf(shape, capacity);
            }
            kind[size] = (byte) what.ordinal();
            subject[size] = index;
            camera[size] = where;
            start[size] = when;
            shape[size] = packed;
            size++;
        }
    }
}
