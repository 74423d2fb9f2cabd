using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Media.Services;
using SaRaiCms.Metadata;

namespace SaRaiCms.Media.Handlers;

/// <summary>
/// Published content may show an image only with an alternative text (accessibility, Decree
/// 42/2022 and WCAG 1.1.1). For each MediaField entry that is an image, an empty alt text is
/// taken from the library; if the library has none either, publishing is refused with a message
/// naming the field and the file. Drafts may still hold such images.
/// </summary>
public sealed class MediaAltTextHandler(IContentDefinitionManager definitions, MediaLibrary library) : ContentHandlerBase
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp" };

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        // Items saved while published (types without drafts) are checked here; drafts when published.
        if (context.ContentItem.Published)
        {
            await CheckAsync(context.ContentItem, context.Result, context.CancellationToken);
        }
    }

    public override async Task PublishingAsync(ContentContext context)
    {
        var result = new ContentValidationResult();
        await CheckAsync(context.ContentItem, result, context.CancellationToken);
        if (!result.Succeeded)
        {
            throw new ContentValidationException(result);
        }
    }

    private async Task CheckAsync(ContentItem item, ContentValidationResult result, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        if (type is null)
        {
            return;
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            if (item.Get<ContentPart>(typePart.Name) is not { } part || await definitions.GetPartAsync(typePart.PartName, cancellationToken) is not { } partDefinition)
            {
                continue;
            }

            foreach (var fieldDefinition in partDefinition.ContentPartFieldDefinitionRecords.Where(f => f.FieldName == nameof(MediaField)))
            {
                if (part.Get<MediaField>(fieldDefinition.Name) is not { Paths.Length: > 0 } field)
                {
                    continue;
                }

                var missing = await FillAltTextsAsync(field, cancellationToken);
                if (missing.Count > 0)
                {
                    var name = fieldDefinition.GetSettings<ContentPartFieldSettings>().DisplayName is { Length: > 0 } display ? display : fieldDefinition.Name;
                    result.Fail($"{typePart.Name}.{fieldDefinition.Name}",
                        $"{name}: ảnh {string.Join(", ", missing.Select(p => "“" + p + "”"))} chưa có mô tả (alt). Nhập mô tả sau dấu | trong ô này hoặc thêm mô tả cho ảnh trong thư viện trước khi đăng.");
                }
                else
                {
                    part.Set(fieldDefinition.Name, field);
                    item.Apply(typePart.Name, part);
                }
            }
        }
    }

    /// <summary>Fills empty alt texts from the library; the image paths still without one.</summary>
    private async Task<List<string>> FillAltTextsAsync(MediaField field, CancellationToken cancellationToken)
    {
        var texts = Enumerable.Range(0, field.Paths.Length)
            .Select(i => field.MediaTexts is { } t && i < t.Length ? t[i] ?? "" : "")
            .ToArray();
        var keys = field.Paths.Select(LibraryPath).ToArray();
        var known = await library.GetManyAsync(keys.OfType<string>().ToList(), cancellationToken);
        var missing = new List<string>();
        for (var i = 0; i < field.Paths.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(texts[i]))
            {
                continue;
            }

            var inLibrary = keys[i] is { } key && known.TryGetValue(key, out var media) ? media : null;
            if (inLibrary is { IsImage: true, AltText.Length: > 0 })
            {
                texts[i] = inLibrary.AltText;
            }
            else if (inLibrary?.IsImage ?? IsImagePath(field.Paths[i]))
            {
                missing.Add(field.Paths[i]);
            }
        }

        field.MediaTexts = texts;
        return missing;
    }

    /// <summary>"hoi-nghi/a.jpg", "/media/hoi-nghi/a.jpg?v=…" → "hoi-nghi/a.jpg"; null for other URLs.</summary>
    private static string? LibraryPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        path = path.Trim().Split('?', '#')[0];
        if (path.StartsWith(MediaUrls.Prefix + "/", StringComparison.Ordinal))
        {
            path = Uri.UnescapeDataString(path[(MediaUrls.Prefix.Length + 1)..]);
        }
        else if (path.StartsWith('/') || path.Contains(':'))
        {
            return null;
        }

        return MediaNames.CheckFilePath(path);
    }

    private static bool IsImagePath(string? path)
        => path is not null && ImageExtensions.Contains(Path.GetExtension(path.Split('?', '#')[0]));
}
