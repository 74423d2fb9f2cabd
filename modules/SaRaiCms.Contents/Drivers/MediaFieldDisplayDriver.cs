using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Media;

namespace SaRaiCms.Contents.Drivers;

/// <summary>
/// Files from the media library (or https URLs) with their alternative texts. The editor is a
/// textarea of "path | alt text" lines until the media module brings a picker. Paths with "..",
/// backslashes or a scheme other than https are refused (<see cref="SafeUrl.IsAllowedMediaPath"/>),
/// and skipped when displayed. Images render as &lt;img alt&gt;, other files as links.
/// </summary>
public sealed class MediaFieldDisplayDriver(IEnumerable<IMediaFileLinks> links) : ContentFieldDisplayDriver<MediaField>
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp" };

    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(MediaField field, FieldContext context)
    {
        var model = Model(field, context);
        var entries = Entries(field).Where(e => SafeUrl.IsAllowedMediaPath(e.Path)).ToList();
        var known = new Dictionary<string, MediaFileLink>(StringComparer.Ordinal);
        foreach (var source in links)
        {
            foreach (var (path, link) in await source.GetAsync(entries.Select(e => e.Path).ToList(), context.Build.CancellationToken))
            {
                known[path] = link;
            }
        }

        model.Items = entries
            .Select(e => known.TryGetValue(e.Path, out var link)
                ? new MediaItem(e.Path, link.Url, e.Alt, IsImage(e.Path)) { SrcSet = link.SrcSet, Width = link.Width, Height = link.Height }
                : new MediaItem(e.Path, SafeUrl.MediaUrl(e.Path), e.Alt, IsImage(e.Path)))
            .ToList();
        return model.Items.Count == 0 ? [] : [Shape("MediaField", model, context)];
    }

    protected override Task<IEnumerable<ShapeResult>> EditAsync(MediaField field, FieldContext context)
        => Shapes(Shape("MediaField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(MediaField field, FieldContext context, IUpdateModel updater)
    {
        var model = new MediaFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<MediaFieldSettings>();
        var key = context.Key(nameof(MediaFieldViewModel.Entries));
        var entries = FieldInput.Lines(model.Entries).Select(ParseLine).ToList();
        string? error = null;
        if (entries.Count == 0 && settings.Required)
        {
            error = context.RequiredMessage();
        }
        else if (entries.Count > 1 && !settings.Multiple)
        {
            error = $"{context.DisplayName} chỉ được có một tệp.";
        }
        else if (entries.Where(e => !SafeUrl.IsAllowedMediaPath(e.Path)).Select(e => e.Path).ToList() is { Count: > 0 } refused)
        {
            error = $"Đường dẫn tệp không hợp lệ: {string.Join(", ", refused)}. Chỉ dùng đường dẫn trong thư viện, không có \"..\" hoặc \"\\\", hoặc địa chỉ https.";
        }

        if (error is not null)
        {
            updater.ModelState.AddModelError(key, error);
            return;
        }

        field.Paths = entries.Select(e => e.Path).ToArray();
        field.MediaTexts = entries.Select(e => e.Alt).ToArray();
    }

    /// <summary>"images/a.jpg | Hội nghị" → ("images/a.jpg", "Hội nghị"); the alt text may itself contain "|".</summary>
    private static (string Path, string Alt) ParseLine(string line)
    {
        var bar = line.IndexOf('|');
        return bar < 0 ? (line.Trim(), "") : (line[..bar].Trim(), line[(bar + 1)..].Trim());
    }

    private static IEnumerable<(string Path, string Alt)> Entries(MediaField field)
        => field.Paths.Select((path, i) => (path ?? "", field.MediaTexts is { } texts && i < texts.Length ? texts[i] ?? "" : ""));

    private static bool IsImage(string path)
        => ImageExtensions.Contains(Path.GetExtension(path.Split('?', '#')[0]));

    private static MediaFieldViewModel Model(MediaField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<MediaFieldSettings>();
        return new MediaFieldViewModel
        {
            Entries = string.Join('\n', Entries(field).Select(e => e.Alt.Length == 0 ? e.Path : $"{e.Path} | {e.Alt}")),
            Multiple = settings.Multiple,
        }.Describe(context, settings.Hint, settings.Required);
    }
}
