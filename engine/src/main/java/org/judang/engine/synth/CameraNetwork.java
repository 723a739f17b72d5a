package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.judang.engine.model.Camera;

/**
 * The cameras of the case: GA/T 1400 device IDs, Chinese place names, coordinates around one district of Ningbo,
 * and how busy each one is.
 */
final class CameraNetwork {
    /** 海曙区, 宁波: the administrative division of every device and ID number. */
    static final String REGION = "330203";
    private static final double CENTRE_LONGITUDE = 121.5502, CENTRE_LATITUDE = 29.8746;
    private static final String[] ROADS = {"滨江路", "学院路", "中山西路", "解放南路", "人民路", "环城西路", "望春路",
            "柳汀街", "长春路", "丽园南路", "机场路", "集士港路", "段塘西路", "布政巷", "苍松路", "鄱阳街"};
    private static final String[] PLACES = {"天一广场", "鼓楼", "南塘老街", "月湖公园", "宁波站", "海曙区政府",
            "万达广场", "西门口地铁站", "鄞州公园", "日湖公园"};
    private static final String[] SPOTS = {"东门", "西门", "南门", "北门", "公交站", "停车场入口", "A出口"};
    /** Scene backgrounds of the crops, so that one camera's crops look alike (the visible side of camera bias). */
    private static final int[] BACKGROUNDS = {0x9AA39C, 0xA8A196, 0x8E98A6, 0xB3B0A4, 0x7F8C86, 0xA39A8E, 0x95A1AB, 0x8C8C80};

    private final List<Camera> cameras;
    /** Running sum of each camera's activity, for drawing cameras by how busy they are. */
    private final double[] cumulativeActivity;
    private final int[] background;

    CameraNetwork(int count, RandomStreams streams) {
        SplittableRandom rng = streams.stream("cameras");
        cameras = new ArrayList<>(count);
        cumulativeActivity = new double[count];
        background = new int[count];
        Set<String> names = new HashSet<>();
        for (int c = 0; c < count; c++) {
            String name;
            int attempt = 0;
            do {
                name = placeName(rng);
                // After many tries the names run out; number the poles like a real installation list does.
                if (++attempt > 50) name = name + (c + 1) + "号杆";
            } while (!names.add(name));
            double lon = CENTRE_LONGITUDE + (rng.nextDouble() - 0.5) * 0.08;
            double lat = CENTRE_LATITUDE + (rng.nextDouble() - 0.5) * 0.06;
            cameras.add(new Camera(deviceId(c), name, round6(lon), round6(lat), REGION));
            cumulativeActivity[c] = (c == 0 ? 0 : cumulativeActivity[c - 1]) + 0.5 + rng.nextDouble();
            background[c] = BACKGROUNDS[c % BACKGROUNDS.length];
        }
    }

    List<Camera> cameras() { return cameras; }
    Camera camera(int index) { return cameras.get(index); }
    int size() { return cameras.size(); }

    /** A camera drawn in proportion to how busy it is. */
    int pick(SplittableRandom rng) {
        double r = rng.nextDouble() * cumulativeActivity[cumulativeActivity.length - 1];
        int at = Arrays.binarySearch(cumulativeActivity, r);
        return Math.min(cumulativeActivity.length - 1, at >= 0 ? at + 1 : -at - 1);
    }

    int background(int index) { return background[index]; }

    /**
     * GA/T 1400 device ID: division code (6) + grass-roots unit (2) + industry (2) + device type 119 (camera)
     * + network flag (1) + serial (6).
     */
    static String deviceId(int index) {
        return REGION + "00" + "00" + "119" + "0" + String.format(Locale.ROOT, "%06d", index + 1);
    }

    private static String placeName(SplittableRandom rng) {
        if (rng.nextDouble() < 0.7) {
            String a = ROADS[rng.nextInt(ROADS.length)], b;
            do {
                b = ROADS[rng.nextInt(ROADS.length)];
            } while (b.equals(a));
            return a + "与" + b + "路口";
        }
        return PLACES[rng.nextInt(PLACES.length)] + SPOTS[rng.nextInt(SPOTS.length)];
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
