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
