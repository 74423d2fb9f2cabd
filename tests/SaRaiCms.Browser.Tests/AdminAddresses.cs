using Microsoft.Playwright;

namespace SaRaiCms.Browser.Tests;

/// <summary>
/// The admin pages the accessibility and Content-Security-Policy tests open. Pages whose address
/// depends on the data are named by a key ("edit:News", "media:edit", "versions", …) and found in
/// the signed-in administrator's tab; the item with two versions and the image are created the
/// first time they are asked for and found again by name afterwards.
/// </summary>
public static class AdminAddresses
{
    private const string HistoryTitle = "Bài kiểm tra lịch sử phiên bản";
    private const string ImageAlt = "Ảnh kiểm tra thư viện tệp";

    // A 1×1 PNG: the smallest image the media library accepts.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>Every admin page type: lists, editors (Quill and the committee editors), media, users, roles, types, versions, audit, settings.</summary>
    public static readonly string[] All =
    [
        "/admin",
        "/admin/contents",
        "/admin/contents/new/News",
        "edit:News",
        "/admin/contents/new/Page",
        "edit:Page",
        "/admin/contents/new/Meeting",
        "edit:Meeting",
        "/admin/media",
        "media:edit",
        "media:picker",
        "/admin/users",
        "/admin/users/new",
        "user:edit",
        "/admin/roles",
        "/admin/roles/new",
        "/admin/roles/Editor",
        "/admin/content-types",
        "/admin/content-types/News",
        "versions",
        "versions:compare",
        "versions:display",
        "/admin/audit",
        "/admin/settings",
    ];

    /// <summary>The address of <paramref name="key"/>: itself when it is a path, else found (or made) through <paramref name="page"/>.</summary>
    public static async Task<string> ResolveAsync(IPage page, string key)
    {
        if (key.StartsWith('/'))
        {
            return key;
        }

        return key switch
        {
            _ when key.StartsWith("edit:", StringComparison.Ordinal) => await AccessibilityTests.EditorOfFirstAsync(page, key["edit:".Length..]),
            "media:edit" => await ImageEditorAsync(page),
            "media:picker" => await ImagePickerAsync(page),
            "user:edit" => await FirstLinkAsync(page, "/admin/users", $"table a[href^='/admin/users/']:text-is('{ChromiumSite.Editor}')"),
            "versions" => await VersionsAsync(page),
            "versions:compare" => await FirstLinkAsync(page, await VersionsAsync(page), "a[href*='/versions/compare']"),
            "versions:display" => await FirstLinkAsync(page, await VersionsAsync(page), "table a[href*='/versions/']:not([href*='/versions/compare'])"),
            _ => throw new ArgumentException($"Unknown admin page {key}.", nameof(key)),
        };
    }

    private static async Task<string> FirstLinkAsync(IPage page, string from, string selector)
    {
        await page.GotoAsync(from);
        return await page.Locator(selector).First.GetAttributeAsync("href")
               ?? throw new InvalidOperationException($"No {selector} on {from}.");
    }

    /// <summary>The edit page of an image in the media library (uploaded through the form when there is none).</summary>
    private static async Task<string> ImageEditorAsync(IPage page)
    {
        const string edit = "a[href^='/admin/media/edit?path=']";
        await page.GotoAsync("/admin/media");
        if (await page.Locator(edit).CountAsync() == 0)
        {
            await page.SetInputFilesAsync("#media-file", new FilePayload { Name = "kiem-tra.png", MimeType = "image/png", Buffer = Png });
            await page.FillAsync("#media-alt", ImageAlt);
            await PostAsync(page, "form.media-upload button[type=submit]");
            await page.GotoAsync("/admin/media");
        }

        return await page.Locator(edit).First.GetAttributeAsync("href") ?? throw new InvalidOperationException("No image in the media library.");
    }

    /// <summary>The editor's image picker, with an image listed in it.</summary>
    private static async Task<string> ImagePickerAsync(IPage page)
    {
        await ImageEditorAsync(page);
        return "/admin/media/picker?type=image";
    }

    /// <summary>The versions page of a News item with two versions (published, then a draft saved on top).</summary>
    private static async Task<string> VersionsAsync(IPage page)
    {
        await page.GotoAsync("/admin/contents?type=News&q=" + Uri.EscapeDataString(HistoryTitle));
        var existing = page.Locator(".content-list a.title[href$='/edit']");
        string editor;
        if (await existing.CountAsync() > 0)
        {
            editor = (await existing.First.GetAttributeAsync("href"))!;
        }
        else
        {
            await page.GotoAsync("/admin/contents/new/News");
            await page.FillAsync("input[name='TitlePart.Title']", HistoryTitle);
            await page.FillAsync("input[name='News.Lead.Text']", "Phiên bản đầu tiên.");
            await page.NavigateByAsync(() => page.ClickAsync("button[name=submitAction][value=publish]"));
            editor = new Uri(page.Url).AbsolutePath;
            if (!editor.EndsWith("/edit", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Publishing the versions test item ended on {page.Url}.");
            }

            await page.GotoAsync(editor);
            await page.FillAsync("input[name='News.Lead.Text']", "Phiên bản thứ hai, bản nháp.");
            await PostAsync(page, "button[name=submitAction][value=save]");
        }

        return editor[..^"/edit".Length] + "/versions";
    }

    /// <summary>Clicks a submit button and waits for its post (it redirects back to the same address, so the address cannot tell).</summary>
    private static async Task PostAsync(IPage page, string button)
    {
        var posted = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Method == "POST" });
        await page.ClickAsync(button);
        await posted;
    }
}
