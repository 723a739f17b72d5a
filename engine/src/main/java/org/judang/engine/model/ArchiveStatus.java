package org.judang.engine.model;

/** Who vouches for an archive: the machine (automatic), a person (confirmed), or nobody wants to see it (hidden). */
public enum ArchiveStatus { AUTOMATIC, CONFIRMED, HIDDEN }
