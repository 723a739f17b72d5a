package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import org.judang.engine.model.CaseTime;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Makes the {@link ObjectMapper} every message body is read and written with.
 * <ul>
 *   <li>Times ({@link LocalDateTime}) are {@code yyyyMMddHHmmss} strings in the case's local time; on input a
 *       14-digit number is accepted too, and a blank string reads as absent.</li>
 *   <li>Absent (null) fields are not written; output is compact (call {@code writerWithDefaultPrettyPrinter()} for
 *       people).</li>
 *   <li>Unknown fields are ignored unless the object keeps them; a single object is accepted where a list is
 *       expected, as some GA/T 1400 senders do.</li>
 *   <li>Decimal numbers inside GA/T 1400 objects read as trees keep their digits ({@code 1.50} stays
 *       {@code 1.50}), so objects are passed on as they came.</li>
 * </ul>
 */
public final class MessageMapper {
    private MessageMapper() {}

    /** A new mapper; configure it no further when it is shared, so every body is written the same way. */
    public static ObjectMapper create() {
        return create(StreamReadConstraints.defaults());
    }

    /**
     * A new mapper whose parser refuses input beyond {@code limits} (nesting depth, number and string length,
     * document size): for bodies from another program, which may be hostile.
     */
    public static ObjectMapper create(StreamReadConstraints limits) {
        SimpleModule caseTime = new SimpleModule("CaseTime");
        caseTime.addSerializer(LocalDateTime.class, new CaseTimeSerializer());
        caseTime.addDeserializer(LocalDateTime.class, new CaseTimeDeserializer());
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                .addModule(caseTime)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static final class CaseTimeSerializer extends StdScalarSerializer<LocalDateTime> {
        CaseTimeSerializer() { super(LocalDateTime.class); }

        @Override
        public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.format(CaseTime.FORMAT));
        }
    }

    private static final class CaseTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
        CaseTimeDeserializer() { super(LocalDateTime.class); }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
                return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
            }
            String text = p.getText().trim();
            if (text.isEmpty()) return null;
            try {
                if (text.length() != 14) throw new DateTimeParseException("not 14 digits", text, 0);
                return LocalDateTime.parse(text, CaseTime.FORMAT);
            } catch (DateTimeParseException e) {
                return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
                        "a time must be yyyyMMddHHmmss (14 digits, e.g. 20251103101515)");
            }
        }
    }
}
