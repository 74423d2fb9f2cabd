using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;

namespace SaRaiCms.Browser.Tests;

/// <summary>The Quill editor on the news form, used as a person would: Vietnamese typed in, a Word document pasted in.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RichTextEditorTests(ChromiumSite site)
{
    private const string Composed = "Hội nghị Đảng bộ thị trấn Sa Rài";
    // What some input methods and copied PDFs produce: base letters followed by combining marks.
    private static readonly string Decomposed = "Nghị quyết về phát triển kinh tế".Normalize(NormalizationForm.FormD);

    private const string WordHtml = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><style>p.MsoNormal { mso-style-parent: ""; margin: 0cm; font-family: "Times New Roman"; }</style></head>
        <body lang="VI">
        <p class="MsoNormal" style="mso-margin-top-alt:auto;mso-bidi-font-family:'Times New Roman'"><font face="Times New Roman" color="#ff0000"><b>Báo cáo tổng kết năm 2024</b></font><o:p></o:p></p>
        <p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-fareast-font-family:Calibri">Công tác xây dựng Đảng</span><o:p>&nbsp;</o:p></p>
        <script>window.__pasted = true;</script>
        </body></html>
        """;

    [Fact]
    public async Task Vietnamese_typed_and_a_word_document_pasted_are_saved_as_clean_nfc_html()
    {
        await using var tab = await site.SignedInAsync(ChromiumSite.Editor);
        var page = tab.Page;
        await page.GotoAsync("/admin/contents/new/News");
        await page.FillAsync("input[name='TitlePart.Title']", Composed);
        await page.FillAsync("input[name='News.Lead.Text']", "Sapô của bài viết.");

        var editor = page.Locator(".ql-editor");
        await editor.ClickAsync();
        await page.Keyboard.InsertTextAsync(Composed);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.InsertTextAsync(Decomposed);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Đồng Tháp");
        await page.Keyboard.PressAsync("Enter");
        await editor.EvaluateAsync("""
            (root, html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Báo cáo tổng kết năm 2024');
              root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, WordHtml);
        await page.WaitForFunctionAsync("() => document.querySelector('.ql-editor').textContent.includes('Công tác xây dựng Đảng')");

        await page.NavigateByAsync(() => page.ClickAsync("button[name=submitAction][value=save]"));
        var segments = new Uri(page.Url).AbsolutePath.Split('/');
        Assert.Equal("edit", segments[^1]);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pasted === true"), "The pasted script ran.");

        var html = await site.Site.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IContentManager>().GetAsync(segments[3], VersionOptions.Latest))!.As<HtmlBodyPart>()!.Html);
        Assert.True(html.IsNormalized(NormalizationForm.FormC), "The saved HTML is not NFC: " + html);
        Assert.Contains(Composed, html);
        Assert.Contains(Decomposed.Normalize(NormalizationForm.FormC), html);
        Assert.Contains("Đồng Tháp", html);
        Assert.Contains("Báo cáo tổng kết năm 2024", html);
        Assert.Contains("Công tác xây dựng Đảng", html);
        Assert.DoesNotContain("mso-", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<font", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("o:p", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mso", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_is_reached_from_its_label_and_has_a_name()
    {
        await using var tab = await site.SignedInAsync(ChromiumSite.Editor);
        var page = tab.Page;
        await page.GotoAsync("/admin/contents/new/News");
        var editor = page.GetByRole(AriaRole.Textbox, new() { Name = "Nội dung" });
        await Assertions.Expect(editor).ToHaveCountAsync(1);
        await page.Locator("label[for='HtmlBodyPart_Html']").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('ql-editor')"), "Clicking the label does not focus the editor.");
    }
}
