using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImrSearch.Domain;

/// <summary>
/// A <see cref="GuidelineEdition"/> in JSON as its ISO form at the letter's precision ("2009-07-18" or "2009"), the same
/// in the stored determination, <c>imr-index parse --json</c>, search hits and the API.
/// </summary>
public sealed class GuidelineEditionJsonConverter : JsonConverter<GuidelineEdition>
{
    public override GuidelineEdition? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : GuidelineEdition.Parse(reader.GetString())
            ?? throw new JsonException("An edition is written \"yyyy-MM-dd\" or \"yyyy\".");

    public override void Write(Utf8JsonWriter writer, GuidelineEdition value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
