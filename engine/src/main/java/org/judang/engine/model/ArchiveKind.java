package org.judang.engine.model;

/**
 * What an archive is about: a person (faces and bodies, 一人一档), a motor vehicle (一车一档),
 * or another object (non-motor vehicles, things), which the standard has no archive body for.
 */
public enum ArchiveKind {
    PERSON("01"), VEHICLE("02"), OBJECT("03");

    private final String code;

    ArchiveKind(String code) { this.code = code; }

    /** Two-digit code used inside archive IDs. */
    public String code() { return code; }
}
