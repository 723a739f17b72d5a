package org.judang.engine.model;

/**
 * The failures a person meets most, each with a stable name that a user interface words in its own language (the
 * desktop's bundles use {@code failure.NAME}) and the English message every other client shows. The message says
 * what failed, where, and what to do. Arguments (paths, names, numbers) fill {@code {0}}, {@code {1}}…
 */
public enum FailurePhrase implements Phrase {
    // cases
    CASE_FOLDER_MISSING("No case at {0}: the folder does not exist."),
    CASE_DATABASE_MISSING("No case at {0}: it has no {1}. Create one with 'case create'."),
    CASE_PATH_NOT_A_FOLDER("{0} exists and is not a folder."),
    CASE_FOLDER_NOT_EMPTY("Cannot create a case in {0}: the folder is not empty. Choose a new or empty folder."),

    // batches
    BATCH_MISSING("{0} does not exist. Give the folder or the .zip file of the batch."),
    BATCH_FOLDER_EMPTY("The folder {0} is empty: a batch holds message bodies (.json or .jsonl files). Choose the folder the analysis system wrote."),
    BATCH_NOT_FOLDER_OR_ZIP("{0} is neither a folder nor a .zip archive ({1}). Give the folder of the batch or a .zip of it."),
    BATCH_ZIP_EMPTY("The zip {0} holds no files that can be read as a batch."),
    BATCH_WITHOUT_BODIES("The batch {0} holds no message bodies (.json or .jsonl files with a FaceListObject, PersonListObject or other list), "
            + "so there is nothing to import. Check that this is the batch folder."),

    // exports
    EXPORT_NOT_IN_FOLDER("Cannot export to {0}: choose a folder or file inside a folder."),
    EXPORT_ZIP_NAME("Cannot export to {0}: a zipped export needs a file name ending in .zip, e.g. case42.zip."),
    EXPORT_FILE_EXISTS("Cannot export to {0}: the file already exists. Choose a new file name or remove the old export."),
    EXPORT_TARGET_IS_FILE("Cannot export to {0}: it is a file, not a folder. Choose a new or empty folder."),
    EXPORT_FOLDER_NOT_EMPTY("Cannot export to {0}: the folder is not empty. Choose a new or empty folder."),
    EXPORT_NOT_WRITABLE("Cannot write in {0}: {1}. Check that the folder is writable and has free space."),
    EXPORT_NAME_TOO_LONG("The export name '{0}' is {1} characters long; give one of at most {2}."),
    EXPORT_NAME_TAKEN("This case already has an export named '{0}'. Give the new export another name."),
    EXPORT_NO_BASELINE("This case has no finished export named '{0}' to make a delta since. Make a full export first."),
    EXPORT_UNKNOWN_BASELINE("This case has no finished export named '{0}' to make a delta since. Its exports are: {1}."),

    // corrections
    CORRECTION_MERGE_TOO_FEW("Choose at least two archives to merge."),
    CORRECTION_SURVIVOR_NOT_MERGED("The survivor {0} is not among the archives to merge."),
    CORRECTION_MERGE_KINDS("Cannot merge a {0} archive into a {1} archive."),
    CORRECTION_SPLIT_SEVERAL("Split takes records of one archive; the selection spans several or includes records not archived."),
    CORRECTION_MOVE_KIND("A {0} record cannot go into a {1} archive."),
    CORRECTION_ALREADY_THERE("The selected records are already in {0}."),
    CORRECTION_NO_RECORDS("Select at least one record."),
    CORRECTION_NO_ARCHIVE("No archive {0} in this case."),
    CORRECTION_NO_RECORD("No record {0} in this case."),
    CORRECTION_RECORD_NOT_ARCHIVED("Record {0} is not in an archive."),
    CORRECTION_RECORD_ELSEWHERE("Record {0} is not in archive {1}."),
    CORRECTION_NO_SUGGESTION("There is no suggestion to merge {0} and {1}."),
    CORRECTION_SUGGESTION_ANSWERED("This suggestion was already answered ({0})."),
    CORRECTION_NO_MATCH("Archive {0} has no match with gallery entry {1}."),
    CORRECTION_MATCH_ALREADY_CONFIRMED("The match is already confirmed."),
    CORRECTION_MATCH_ALREADY_REJECTED("The match is already rejected."),
    CORRECTION_NOT_UNDOABLE("Entry {0} of the log is not a correction that can be undone."),
    CORRECTION_ALREADY_UNDONE("Entry {0} is already undone."),
    CORRECTION_NOTHING_TO_CHANGE("Nothing to change: the {0} is already so."),

    // truth files
    TRUTH_FILE_MISSING("Cannot read the truth file {0}: there is no such file."),
    TRUTH_FILE_NOT_UTF8("Cannot read the truth file {0}: it is not UTF-8 text. Save it as UTF-8 and try again."),
    TRUTH_LINE_MALFORMED("{0} line {1}: expected 'object id<TAB>identity', found '{2}'."),
    TRUTH_LABELLED_TWICE("{0} line {1}: object {2} is labelled '{3}' here but '{4}' on line {5}. Give each object one identity."),
    TRUTH_NONE_OF_TYPES("No object of type {0} in {1} is in this case.");

    private final String english;

    FailurePhrase(String english) {
        this.english = english;
    }

    /** The English wording with {@code {0}}, {@code {1}}… for the arguments. */
    @Override
    public String english() {
        return english;
    }
}
