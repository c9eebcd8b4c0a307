package org.millwright.app.json;

import java.util.function.Function;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.FailureMode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson module for the model's typed ids ({@link AssetId}, {@link FailureMode}, {@link EpisodeId}): each is its
 * string value, as a value and as a map key. Spring registers it with the application's mapper.
 */
public final class ModelModule extends SimpleModule {
    /** A mapper with this module, for configuration files and stored requests. */
    public static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ModelModule()).build();

    public ModelModule() {
        super("millwright-model");
        id(AssetId.class, AssetId::of, AssetId::value);
        id(FailureMode.class, FailureMode::of, FailureMode::code);
        id(EpisodeId.class, EpisodeId::of, EpisodeId::value);
    }

    private <T> void id(Class<T> type, Function<String, T> parse, Function<T, String> text) {
        addSerializer(type, new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(text.apply(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                return parse.apply(parser.getValueAsString());
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return parse.apply(key);
            }
        });
    }
}
