package org.judang.engine.archive;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One primitive change to the case's archives. A correction is a list of them; its inverse is the inverses in
 * reverse order. Inverses apply only where the case still looks as the change left it — a record that a later
 * correction moved elsewhere stays where that correction put it — so undoing an early correction never undoes a
 * later one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.Move.class, name = "move"),
        @JsonSubTypes.Type(value = Change.CreateArchive.class, name = "create"),
        @JsonSubTypes.Type(value = Change.DeleteArchive.class, name = "delete"),
        @JsonSubTypes.Type(value = Change.SetField.class, name = "set"),
        @JsonSubTypes.Type(value = Change.AddConstraint.class, name = "constrain"),
        @JsonSubTypes.Type(value = Change.RemoveConstraint.class, name = "unconstrain"),
        @JsonSubTypes.Type(value = Change.SetLocked.class, name = "lock"),
        @JsonSubTypes.Type(value = Change.SetSuggestion.class, name = "suggestion"),
        @JsonSubTypes.Type(value = Change.SetRealName.class, name = "realname")})
public sealed interface Change {

    Change inverse();

    /** Records move from one archive to another ({@code null} = not archived). */
    record Move(List<String> records, String from, String to) implements Change {
        public Change inverse() { return new Move(records, to, from); }
    }

    /** A new archive with these fields; its basic info is computed from its members. */
    record CreateArchive(ArchiveFields archive) implements Change {
        public Change inverse() { return new DeleteArchive(archive); }
    }

    /** An archive (already emptied) goes away; its fields are kept here so that it can come back. */
    record DeleteArchive(ArchiveFields archive) implements Change {
        public Change inverse() { return new CreateArchive(archive); }
    }

    /** A field a person edits: name, notes, tags, status, cover. */
    record SetField(String archive, Field field, String before, String after) implements Change {
        public Change inverse() { return new SetField(archive, field, after, before); }
    }

    record AddConstraint(Constraint constraint) implements Change {
        public Change inverse() { return new RemoveConstraint(constraint); }
    }

    record RemoveConstraint(Constraint constraint) implements Change {
        public Change inverse() { return new AddConstraint(constraint); }
    }

    /** Records placed (locked) by a person, or released. */
    record SetLocked(List<String> records, boolean before, boolean after) implements Change {
        public Change inverse() { return new SetLocked(records, after, before); }
    }

    /** The answer to a merge suggestion between archives {@code a < b}. */
    record SetSuggestion(String a, String b, String before, String after) implements Change {
        public Change inverse() { return new SetSuggestion(a, b, after, before); }
    }

    /** A person's verdict on a real-name match. */
    record SetRealName(String archive, String gallery, String before, String after) implements Change {
        public Change inverse() { return new SetRealName(archive, gallery, after, before); }
    }

    /** The archive fields a person edits. */
    enum Field { NAME, NOTES, TAGS, STATUS, COVER }
}
