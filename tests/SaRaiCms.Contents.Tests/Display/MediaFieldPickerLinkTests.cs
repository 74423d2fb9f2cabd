using AngleSharp;
using SaRaiCms.Contents.Tests.Infrastructure;
using static SaRaiCms.Contents.Tests.Infrastructure.ContentsSite;

namespace SaRaiCms.Contents.Tests.Display;

/// <summary>The MediaField editor opens the media library's picker for its own textarea.</summary>
[Collection(ContentsSiteCollection.Name)]
public sealed class MediaFieldPickerLinkTests(ContentsSite site)
{
    [Fact]
    public async Task The_media_editor_links_to_the_picker_naming_its_textarea()
    {
        var html = await site.RenderEditorAsync(ShowcaseId);
        var editor = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        var textarea = editor.QuerySelector("textarea[name='Showcase.Photos.Entries']")!;
        var link = editor.QuerySelector($"a[data-media-picker='{textarea.Id}']");
        Assert.NotNull(link);
        Assert.Equal($"/admin/media/picker?type=all&target={textarea.Id}", link.GetAttribute("href"));
        Assert.Equal("Chọn từ thư viện", link.TextContent);
        Assert.NotNull(editor.QuerySelector("script[src='/_content/SaRaiCms.Media/media-picker.js']"));
    }
}
