package org.judang.ui.image;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Thumbnails of stored images at a requested size. Decoding happens on two background threads, the most recent
 * request first (while scrolling, the cells on screen now matter, not the ones scrolled past); a request whose view
 * has meanwhile been given another image is dropped. Decoded images are kept in an LRU cache of bounded size.
 * Every method except the decoding itself is called on the JavaFX thread.
 */
public final class ThumbnailCache implements AutoCloseable {
    private final Function<String, Optional<Path>> files;
    private final int capacity;
    private final Map<String, Image> cache;
    private final ThreadPoolExecutor decoders;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);

    /**
     * @param files    resolves an image key to its file in the case (e.g. {@code CaseSession::imageFile})
     * @param capacity images kept; a 600-thumbnail cache of 128 px images is about 40 MB
     */
    public ThumbnailCache(Function<String, Optional<Path>> files, int capacity) {
        this.files = files;
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > ThumbnailCache.this.capacity;
            }
        };
        // a deque used from the front: the newest request is decoded first
        LinkedBlockingDeque<Runnable> queue = new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable r) {
                return super.offerFirst(r);
            }
        };
        this.decoders = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, queue, r -> {
            Thread t = new Thread(r, "judang-thumbnails");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        decoders.allowCoreThreadTimeOut(true);
    }

    /**
     * Shows the image of {@code key} in {@code view} at {@code size} pixels (longest side): at once when cached,
     * otherwise the view is emptied now and filled when the image is decoded, if it still wants that image.
     */
    public void show(String key, int size, ImageView view) {
        if (key == null) {
            view.setUserData(null);
            view.setImage(null);
            return;
        }
        String cacheKey = key + "@" + size;
        if (cacheKey.equals(view.getUserData()) && view.getImage() != null) return;
        view.setUserData(cacheKey);
        Image hit = cache.get(cacheKey);
        if (hit != null) {
            view.setImage(hit);
            return;
        }
        view.setImage(null);
        if (decoders.isShutdown()) return; // the case is closing; the view goes with it
        pending.set(pending.get() + 1);
        decoders.execute(() -> {
            Image img = null;
            if (cacheKey.equals(view.getUserData())) { // a cell scrolled away wants another image by now: skip
                img = files.apply(key).map(p -> decode(p.toUri().toString(), size)).orElse(null);
            }
            Image decoded = img;
            Platform.runLater(() -> {
                pending.set(pending.get() - 1);
                if (decoded == null) return;
                cache.put(cacheKey, decoded);
                if (cacheKey.equals(view.getUserData())) view.setImage(decoded);
            });
        });
    }

    /**
     * An image no larger than {@code size} on its longest side. A crop that is already small (most are) is kept at its
     * own size and scaled by the view: an enlarged copy would take several times the memory, and the garbage
     * collector's pauses grow with the images it has to move while the grid scrolls.
     */
    private static Image decode(String uri, int size) {
        Image natural = new Image(uri, false);
        if (natural.isError()) return null;
        if (natural.getWidth() <= size && natural.getHeight() <= size) return natural;
        Image scaled = new Image(uri, size, size, true, true, false);
        return scaled.isError() ? null : scaled;
    }

    /**
     * A full-size image (a scene, whose boxes are in its own pixels) decoded in the background, not cached: scenes
     * are shown one at a time.
     */
    public void showFull(String key, ImageView view, Runnable whenShown) {
        view.setUserData(key);
        view.setImage(null);
        if (key == null || decoders.isShutdown()) return;
        pending.set(pending.get() + 1);
        decoders.execute(() -> {
            Image img = files.apply(key).map(p -> new Image(p.toUri().toString(), false))
                    .filter(i -> !i.isError()).orElse(null);
            Platform.runLater(() -> {
                pending.set(pending.get() - 1);
                if (img != null && key.equals(view.getUserData())) {
                    view.setImage(img);
                    whenShown.run();
                }
            });
        });
    }

    /** Decodes queued or running (the screenshot tour and tests wait for 0). */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public int cachedCount() {
        return cache.size();
    }

    @Override
    public void close() {
        decoders.shutdownNow();
    }
}
