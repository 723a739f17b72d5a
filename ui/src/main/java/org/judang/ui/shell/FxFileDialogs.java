package org.judang.ui.shell;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link FileDialogs} with JavaFX's native choosers; remembers the last folder so the next chooser starts there. */
public final class FxFileDialogs implements FileDialogs {
    private final Window owner;
    private File lastFolder;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        File start = initial != null && Files.isDirectory(initial) ? initial.toFile() : lastFolder;
        if (start != null && start.isDirectory()) c.setInitialDirectory(start);
        File f = c.showDialog(owner);
        if (f != null) lastFolder = f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, String... extensions) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        File f = c.showOpenDialog(owner);
        if (f != null) lastFolder = f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String description, String... extensions) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(initialName);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        File f = c.showSaveDialog(owner);
        if (f != null) lastFolder = f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }
}
