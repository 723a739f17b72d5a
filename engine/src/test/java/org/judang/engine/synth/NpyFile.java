package org.judang.engine.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code .npy} file read back strictly, as NumPy would: magic, version, padded header dictionary, float32 rows. */
record NpyFile(int major, int minor, String header, long rows, int columns, float[] data) {
    private static final Pattern DICT = Pattern.compile(
            "\\{'descr': '<f4', 'fortran_order': False, 'shape': \\((\\d+), (\\d+)\\), } *\n");

    static NpyFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        b.get(magic);
        if (magic[0] != (byte) 0x93 || !new String(magic, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IOException(path + ": not a .npy file");
        }
        int major = b.get(), minor = b.get();
        int headerLength = Short.toUnsignedInt(b.getShort());
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        Matcher m = DICT.matcher(header);
        if (!m.matches()) throw new IOException(path + ": unexpected header " + header);
        if ((10 + headerLength) % 64 != 0) throw new IOException(path + ": data does not start at a multiple of 64");
        long rows = Long.parseLong(m.group(1));
        int columns = Integer.parseInt(m.group(2));
        b.position(10 + headerLength);
        if (b.remaining() != rows * columns * 4) throw new IOException(path + ": " + b.remaining() + " data bytes for shape " + rows + "x" + columns);
        float[] data = new float[(int) (rows * columns)];
        b.asFloatBuffer().get(data);
        return new NpyFile(major, minor, header, rows, columns, data);
    }

    float[] row(int i) {
        float[] r = new float[columns];
        System.arraycopy(data, i * columns, r, 0, columns);
        return r;
    }
}
