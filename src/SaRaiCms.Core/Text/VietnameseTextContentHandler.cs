using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Text;

/// <summary>
/// Applies <see cref="IVietnameseText.Normalize"/> (NFC and the one tone-placement rule) to the
/// text people write, every time an item is created, updated or imported: the display text and,
/// in every part and field (nested items of bags and taxonomies included), the string properties
/// named in <see cref="TextProperties"/> (TitlePart.Title, TextField.Text, HtmlBodyPart.Html,
/// MarkdownBodyPart.Markdown, LinkField.Text …). Identifiers, paths, URLs and file names are left
/// alone. Case is never changed. Text that looks like legacy TCVN3/VNI is logged, not changed;
/// editors get the warning from <see cref="IVietnameseText.DetectLegacyEncoding"/>.
/// </summary>
public sealed class VietnameseTextContentHandler(IVietnameseText text, ILogger<VietnameseTextContentHandler> logger) : ContentHandlerBase
{
    /// <summary>Property names that hold natural-language text.</summary>
    public static IReadOnlySet<string> TextProperties { get; } = new[]
    {
        "Title", "DisplayText", "Text", "Html", "Markdown", "Summary", "Description", "Caption",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxDepth = 16;

    public override Task CreatingAsync(ContentContext context) => Apply(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => Apply(context.ContentItem);

    public override Task ImportingAsync(ContentContext context) => Apply(context.ContentItem);

    private Task Apply(ContentItem item)
    {
        item.DisplayText = text.Normalize(item.DisplayText);
        foreach (var (_, node) in item.Content)
        {
            Walk(node, 0, item);
        }

        return Task.CompletedTask;
    }

    private void Walk(JsonNode? node, int depth, ContentItem item)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (TextProperties.Contains(name) && child is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > 0)
                    {
                        var normalized = text.Normalize(s);
                        if (!string.Equals(normalized, s, StringComparison.Ordinal))
                        {
                            obj[name] = normalized;
                        }

                        Warn(item, name, normalized);
                    }
                    else
                    {
                        Walk(child, depth + 1, item);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, depth + 1, item);
                }

                break;
        }
    }

    private void Warn(ContentItem item, string property, string value)
    {
        var check = text.DetectLegacyEncoding(value);
        if (check.IsSuspect)
        {
            logger.LogWarning("Content item {ContentItemId} ({ContentType}), {Property}: {Message}", item.ContentItemId, item.ContentType, property, check.Message);
        }
    }
}
