package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes enum constants as lower kebab case ({@code VIDEO_MESSAGE} is {@code "video-message"}), the
 * style of the rest of the file, so the model's enums need no Jackson annotations.
 */
final class KebabEnums extends SimpleModule {

    KebabEnums() {
        super("kebab-enums");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new Reader(type.getRawClass());
            }
        });
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType type,
                                                          BeanDescription description,
                                                          JsonSerializer<?> serializer) {
                return new Writer();
            }
        });
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final class Reader extends StdScalarDeserializer<Object> {
        private final Class<?> type;

        Reader(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getText();
            for (Object constant : type.getEnumConstants()) {
                if (kebab((Enum<?>) constant).equals(text)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> "\"" + kebab((Enum<?>) c) + "\"").collect(Collectors.joining(", "));
            throw InvalidFormatException.from(parser, "\"" + text + "\" is not one of " + allowed, text, type);
        }
    }

    private static final class Writer extends StdSerializer<Enum<?>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Writer() {
            super((Class) Enum.class);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(kebab(value));
        }
    }
}
