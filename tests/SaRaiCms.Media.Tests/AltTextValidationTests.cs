using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Metadata;

namespace SaRaiCms.Media.Tests;

/// <summary>Images in published content need an alt text: in the field, or from the library.</summary>
public sealed class AltTextValidationTests(MediaSite media) : IClassFixture<MediaSite>, IAsyncLifetime
{
    public Task InitializeAsync() => media.Site.InScopeAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartAsync("Album", part => part.WithField("Photo", nameof(MediaField), "Ảnh bìa"));
        await definitions.AlterTypeAsync("Album", type => type.DisplayedAs("Album").WithPart(nameof(TitlePart)).WithPart("Album"));
        await sp.GetRequiredService<IContentManager>().SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Publishing_an_image_without_alt_text_fails_with_a_clear_message()
    {
        using var browser = await media.SignedInAsync();
        var image = await media.UploadOkAsync(browser, "khong-mo-ta.jpg", TestImages.Jpeg(80, 60));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => PublishAsync(image.Path, alt: ""));

        var failure = Assert.Single(error.Result.Errors);
        Assert.Equal("Album.Photo", failure.Member);
        Assert.Equal("Ảnh bìa: ảnh “khong-mo-ta.jpg” chưa có mô tả (alt). Nhập mô tả sau dấu | trong ô này hoặc thêm mô tả cho ảnh trong thư viện trước khi đăng.", failure.Message);
        Assert.False(await AnyPublishedAsync());
    }

    [Fact]
    public async Task An_image_outside_the_library_without_alt_text_fails_too_but_a_pdf_does_not_need_one()
    {
        await Assert.ThrowsAsync<ContentValidationException>(() => PublishAsync("https://example.org/anh.png", alt: ""));

        using var browser = await media.SignedInAsync();
        var pdf = await media.UploadOkAsync(browser, "bao-cao.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var published = await PublishAsync(pdf.Path, alt: "");
        Assert.True(published.Published);
    }

    [Fact]
    public async Task The_library_alt_text_fills_an_empty_one_when_publishing()
    {
        using var browser = await media.SignedInAsync();
        var image = await media.UploadOkAsync(browser, "co-mo-ta.jpg", TestImages.Jpeg(80, 60), "Lễ kết nạp đảng viên");

        var item = await PublishAsync(image.Path, alt: "");

        Assert.Equal(["Lễ kết nạp đảng viên"], item.Get<ContentPart>("Album")!.Get<MediaField>("Photo")!.MediaTexts!);
    }

    [Fact]
    public async Task A_draft_may_hold_an_image_without_alt_text_and_the_field_text_counts()
    {
        using var browser = await media.SignedInAsync();
        var image = await media.UploadOkAsync(browser, "nhap.jpg", TestImages.Jpeg(80, 60));

        await media.Site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var draft = await NewAlbumAsync(contents, image.Path, "");
            await contents.CreateAsync(draft, VersionOptions.Draft);
            await contents.SaveChangesAsync();
        });
        var published = await PublishAsync(image.Path, alt: "Mô tả trong bài");
        Assert.True(published.Published);
    }

    [Fact]
    public async Task A_published_image_is_shown_with_its_versioned_url_and_the_derived_sizes_as_srcset()
    {
        using var browser = await media.SignedInAsync();
        var image = await media.UploadOkAsync(browser, "anh-hoi-nghi.jpg", TestImages.Jpeg(1400, 1050), "Toàn cảnh hội nghị");
        var item = await PublishAsync(image.Path, alt: "");

        var shape = await media.Site.InScopeAsync(sp => sp.GetRequiredService<SaRaiCms.Display.IContentDisplayManager>().BuildDisplayAsync(item));
        var model = (SaRaiCms.Contents.ViewModels.MediaFieldViewModel)shape.Zones.Values.SelectMany(z => z).Single(s => s.ShapeType == "MediaField").Model;
        var shown = Assert.Single(model.Items);
        Assert.StartsWith($"/media/{image.Path}?v=", shown.Url);
        Assert.Contains("/media/_sizes/320/", shown.SrcSet);
        Assert.Contains("/media/_sizes/1280/", shown.SrcSet);
        Assert.DoesNotContain("/media/_sizes/1920/", shown.SrcSet);
        Assert.Equal((1400, 1050), (shown.Width, shown.Height));
    }

    private async Task<ContentItem> PublishAsync(string path, string alt)
        => await media.Site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await NewAlbumAsync(contents, path, alt);
            await contents.CreateAsync(item, VersionOptions.Published);
            await contents.SaveChangesAsync();
            return item;
        });

    private static async Task<ContentItem> NewAlbumAsync(IContentManager contents, string path, string alt)
    {
        var item = await contents.NewAsync("Album");
        item.Alter<TitlePart>(p => p.Title = "Album " + path);
        item.Alter<ContentPart>("Album", part => part.Set("Photo", new MediaField { Paths = [path], MediaTexts = [alt] }));
        return item;
    }

    private Task<bool> AnyPublishedAsync() => media.Site.InScopeAsync(sp =>
    {
        var session = sp.GetRequiredService<SaRaiCms.Store.IDocumentSession>();
        return Task.FromResult(session.Query<ContentItemIndex>().Any(i => i.ContentType == "Album" && i.Published && i.DisplayText == "Album khong-mo-ta.jpg"));
    });
}
