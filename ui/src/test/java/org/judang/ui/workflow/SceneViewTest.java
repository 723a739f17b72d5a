package org.judang.ui.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.Box;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** T shows the scene a capture was cut from, with its box drawn where the object is. */
class SceneViewTest extends WorkstationUiTest {
    private static final int SCENE_W = 640;
    private static final int SCENE_H = 480;

    @Test
    void sceneWithTheBox() throws Exception {
        Path folder = caseWithScenes();
        CaseWorkspace ws = openCase(folder);
        ObjectRecord withScene;
        try (CaseSession s = Workstation.openCase(folder)) {
            withScene = s.archives(org.judang.engine.ArchiveFilter.all(), 0, 50).stream().flatMap(a -> s.members(a.id()).stream())
                    .filter(r -> r.sceneImage() != null).findFirst().orElseThrow();
        }
        onFx(() -> {
            ws.openArchive(withScene.archiveId());
            return null;
        });
        until("the page is loaded", () -> ws.page().model().members().stream().anyMatch(r -> r.id().equals(withScene.id())) && shell.idle());
        onFx(() -> {
            ws.page().model().pick(ws.page().model().members().indexOf(ws.page().model().members().stream()
                    .filter(r -> r.id().equals(withScene.id())).findFirst().orElseThrow()), false, false);
            return null;
        });
        clickOn("#member-grid");
        type(KeyCode.T);
        Rectangle box = lookup(".scene-box").queryAs(Rectangle.class);
        until("the scene is shown with its box", () -> box.isVisible() && shell.idle());

        Box b = withScene.box();
        double k = Math.min(340.0 / SCENE_W, 220.0 / SCENE_H);
        assertEquals(b.leftTopX() * k, onFx(box::getX), 0.5);
        assertEquals(b.width() * k, onFx(box::getWidth), 0.5);
        assertEquals(b.height() * k, onFx(box::getHeight), 0.5);

        type(KeyCode.T);
        until("back to the crop", () -> !box.isVisible());
    }

    /** A few faces of the synthetic batch, each with a scene image (Type 14) next to its crop. */
    private static Path caseWithScenes() throws Exception {
        Path src = SyntheticCase.batch().captures();
        Path batch = SyntheticCase.temp("judang-scenes");
        ObjectMapper json = new ObjectMapper();
        JsonNode faces = json.readTree(src.resolve("faces.json").toFile());
        ArrayNode all = (ArrayNode) faces.get("FaceListObject").get("FaceObject");
        ArrayNode some = json.createArrayNode();
        Files.createDirectories(batch.resolve("images"));
        BufferedImage scene = new BufferedImage(SCENE_W, SCENE_H, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(scene, "png", batch.resolve("images/scene.png").toFile());
        for (int i = 0; i < 6; i++) {
            ObjectNode face = (ObjectNode) all.get(i);
            ArrayNode subs = (ArrayNode) face.get("SubImageList").get("SubImageInfoObject");
            ObjectNode crop = (ObjectNode) subs.get(0);
            Path cropFile = batch.resolve(crop.get("StoragePath").asText());
            Files.createDirectories(cropFile.getParent());
            Files.copy(src.resolve(crop.get("StoragePath").asText()), cropFile);
            ObjectNode sceneImage = json.createObjectNode().put("ImageID", crop.get("ImageID").asText() + "S").put("Type", "14")
                    .put("FileFormat", "Png").put("Width", SCENE_W).put("Height", SCENE_H).put("StoragePath", "images/scene.png");
            subs.add(sceneImage);
            face.remove("RelatedList");
            some.add(face);
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("FaceListObject").set("FaceObject", some);
        json.writeValue(batch.resolve("faces.json").toFile(), body);
        Files.copy(src.resolve("cameras.json"), batch.resolve("cameras.json"));

        Path folder = SyntheticCase.temp("judang-scene-case").resolve("case");
        try (CaseSession s = Workstation.createCase(folder, "Scenes")) {
            var report = s.importBatch(batch, ProgressListener.NONE, CancellationToken.none());
            assertTrue(report.totalImported() == 6, report.formatText());
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        }
        assertNotNull(folder);
        return folder;
    }
}
