package org.judang.engine.export;

import java.util.Objects;

/**
 * What an export holds and how it is packed.
 *
 * @param zip write one {@code .zip} file instead of a folder
 */
public record ExportOptions(ImageMode images, boolean zip) {
    public ExportOptions {
        Objects.requireNonNull(images, "images");
    }
}
