using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.ContentManagement;
using SaRaiCms.Contents.Models;
using SaRaiCms.Search.Indexing;
using SaRaiCms.Search.Lucene;
using SaRaiCms.Search.Querying;
using SaRaiCms.Search.Tests.Infrastructure;
using SaRaiCms.Sites;
using SaRaiCms.Store;
using SaRaiCms.Testing;

namespace SaRaiCms.Search.Tests.Search;

/// <summary>The index and the search service on a real host (SQLite), with the Sa Rài test content.</summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private const string Meeting = "searchmeeting0000000000001";
    private const string Mediation = "searchmediation00000000001";
    private const string Hall = "searchhall0000000000000001";
    private const string Draft = "searchdraft000000000000001";
    private const string Resolution = "searchresolution0000000001";
    private const string Decision = "searchdecision00000000001";

    private SiteFactory _site = null!;

    public async Task InitializeAsync() => _site = await SearchSite.StartWithContentAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("sa rai")]
    [InlineData("Sa Rài")]
    [InlineData("SA RÀI")]
    [InlineData("sa rài")]
    [InlineData("dang")]
    [InlineData("Đảng")]
    [InlineData("ĐẢNG BỘ")]
    [InlineData("dang bo thi tran sa rai")]
    [InlineData("\"thị trấn Sa Rài\"")]
    public async Task The_Sa_Rai_meeting_article_is_found_however_it_is_typed(string query)
    {
        Assert.Contains(Meeting, await _site.FindAsync(query));
        // Typed decomposed (NFD), as macOS and some phone keyboards send it.
        var decomposed = query.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(query.Length > 0 && query.Any(c => c > 127), decomposed == query);
        Assert.Contains(Meeting, await _site.FindAsync(decomposed));
    }

    [Fact]
    public async Task Exact_accented_matches_rank_above_folded_ones()
    {
        // "Đảng" is in the meeting and the resolution; the hall article only has "đang" (folded: dang).
        var dang = (await _site.FindAsync("Đảng")).ToList();
        Assert.Contains(Hall, dang);
        Assert.True(dang.IndexOf(Meeting) < dang.IndexOf(Hall), string.Join(", ", dang));
        Assert.True(dang.IndexOf(Resolution) < dang.IndexOf(Hall), string.Join(", ", dang));

        var dangNow = await _site.FindAsync("đang");
        Assert.Equal(Hall, dangNow[0]);
    }

    [Theory]
    [InlineData("hoà giải")]
    [InlineData("hòa giải")]
    [InlineData("HOÀ GIẢI")]
    [InlineData("hoa giai")]
    public async Task Both_tone_placements_find_text_saved_with_either(string query)
        => Assert.Equal(Mediation, (await _site.FindAsync(query))[0]);

    [Fact]
    public async Task Text_saved_with_the_other_placement_is_stored_with_the_rule()
    {
        var item = await _site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(Mediation, VersionOptions.Published));
        Assert.Equal("Khóm 1 ra mắt tổ hòa giải mới", item!.DisplayText);
        Assert.Equal("Khóm 1 ra mắt tổ hòa giải mới", item.As<TitlePart>()!.Title);
    }

    [Fact]
    public async Task The_index_itself_treats_both_placements_as_equal()
    {
        // Written straight into the store (no content handlers, so "uỷ" and "hoà" stay as typed), then indexed by a rebuild.
        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var session = sp.GetRequiredService<IDocumentSession>();
            var item = await manager.NewAsync("Article");
            item.DisplayText = "Uỷ ban Mặt trận Tổ quốc hoà nhịp";
            item.Published = item.Latest = true;
            item.PublishedUtc = DateTime.UtcNow;
            item.Alter<TitlePart>(p => p.Title = "Uỷ ban Mặt trận Tổ quốc hoà nhịp");
            session.Save(item);
            await session.SaveChangesAsync();
        });
        await _site.InScopeAsync(sp => sp.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync());

        foreach (var query in new[] { "ủy ban", "uỷ ban", "hòa nhịp", "hoà nhịp", "uy ban mat tran" })
        {
            var results = await _site.SearchAsync(query);
            Assert.Equal("Uỷ ban Mặt trận Tổ quốc hoà nhịp", results.Hits[0].Title);
        }
    }

    [Theory]
    [InlineData("45-NQ/ĐU", Resolution)]
    [InlineData("45-nq/du", Resolution)]
    [InlineData("45 NQ", Resolution)]
    [InlineData("45/NQ-ĐU", Resolution)]
    [InlineData("43/2024/QĐ-UBND", Decision)]
    [InlineData("43/2024/qd-ubnd", Decision)]
    [InlineData("43 QĐ", Decision)]
    public async Task A_document_is_found_by_its_number_as_typed(string query, string expected)
    {
        var found = await _site.FindAsync(query);
        Assert.NotEmpty(found);
        Assert.Equal(expected, found[0]);
    }

    [Fact]
    public async Task Fields_are_indexed_from_parts_fields_and_contributors()
    {
        // Lead (TextField "Lead" and the contributor's summary), Markdown and HtmlField bodies, category names, other TextFields.
        Assert.Equal(Meeting, (await _site.FindAsync("nửa năm còn lại"))[0]);
        Assert.Equal(Resolution, (await _site.FindAsync("đô thị loại IV"))[0]);
        Assert.Equal(Resolution, (await _site.FindAsync("tiểu thủ công nghiệp"))[0]);
        Assert.Equal(Decision, (await _site.FindAsync("5 chương"))[0]);
        Assert.Contains(Meeting, await _site.FindAsync("xây dựng Đảng"));
        Assert.Contains(Mediation, await _site.FindAsync("doi song khu dan cu"));
        Assert.Contains(Meeting, await _site.FindAsync("phóng viên thử nghiệm"));

        var hit = (await _site.SearchAsync("sa rai")).Hits.Single(h => h.ContentItemId == Meeting);
        Assert.Equal("Article", hit.ContentType);
        Assert.Equal("Tin tức", hit.ContentTypeDisplayName);
        Assert.Equal("/tin-tuc/dang-bo-sa-rai-so-ket-6-thang", hit.Url);
        Assert.Equal(new DateTime(2023, 6, 29, 2, 0, 0, DateTimeKind.Utc), hit.PublishedUtc);
    }

    [Fact]
    public async Task Taxonomies_are_not_results_and_types_can_be_filtered()
    {
        Assert.DoesNotContain("searchtaxonomy000000000001", await _site.FindAsync("chuyên mục"));
        var results = await _site.SearchAsync("năm");
        Assert.Contains(results.Types, t => t is { ContentType: "Article", DisplayName: "Tin tức" } && t.Count > 0);
        Assert.Contains(results.Types, t => t is { ContentType: "Resolution", DisplayName: "Văn bản", Count: 1 });
        Assert.All((await _site.SearchAsync("năm", "Resolution")).Hits, h => Assert.Equal("Resolution", h.ContentType));
        Assert.Equal([Resolution], await _site.FindAsync("năm", "Resolution"));
    }

    [Fact]
    public async Task Unpublished_items_never_appear()
    {
        Assert.DoesNotContain(Draft, await _site.FindAsync("bản nháp"));
        Assert.DoesNotContain(Draft, await _site.FindAsync("sa rai"));

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.UnpublishAsync((await manager.GetAsync(Meeting, VersionOptions.Published))!);
            await manager.SaveChangesAsync();
        });
        Assert.DoesNotContain(Meeting, await _site.FindAsync("sa rai"));
        Assert.DoesNotContain(Meeting, await _site.FindAsync("nửa năm còn lại"));

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.PublishAsync((await manager.GetAsync(Meeting, VersionOptions.Latest))!);
            await manager.SaveChangesAsync();
        });
        Assert.Contains(Meeting, await _site.FindAsync("sa rai"));

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.RemoveAsync((await manager.GetAsync(Mediation, VersionOptions.Latest))!);
            await manager.SaveChangesAsync();
        });
        Assert.Empty(await _site.FindAsync("hòa giải"));
    }

    [Fact]
    public async Task A_new_draft_of_a_published_item_does_not_change_what_is_found_until_published()
    {
        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var draft = (await manager.GetAsync(Resolution, VersionOptions.DraftRequired))!;
            Assert.False(draft.Published);
            draft.Alter<TitlePart>(p => p.Title = "Nghị quyết sửa đổi về ngày hội đại đoàn kết");
            await manager.UpdateAsync(draft);
            await manager.SaveChangesAsync();
        });
        Assert.Empty(await _site.FindAsync("đại đoàn kết"));
        Assert.Equal("Nghị quyết về nhiệm vụ trọng tâm sáu tháng cuối năm 2023", (await _site.SearchAsync("nhiệm vụ trọng tâm")).Hits[0].Title);

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.PublishAsync((await manager.GetAsync(Resolution, VersionOptions.Latest))!);
            await manager.SaveChangesAsync();
        });
        var published = (await _site.SearchAsync("đại đoàn kết")).Hits.Single();
        Assert.Equal((Resolution, "Nghị quyết sửa đổi về ngày hội đại đoàn kết"), (published.ContentItemId, published.Title));
    }

    [Fact]
    public async Task A_type_without_drafts_edited_in_place_is_reindexed_at_once()
    {
        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = (await manager.GetAsync(Decision, VersionOptions.DraftRequired))!;
            Assert.True(item.Published);
            item.Alter<TitlePart>(p => p.Title = "Quyết định về ngày hội đại đoàn kết");
            await manager.UpdateAsync(item);
            await manager.SaveChangesAsync();
        });
        Assert.Equal(Decision, (await _site.FindAsync("đại đoàn kết"))[0]);
    }

    [Fact]
    public async Task A_save_that_is_rolled_back_never_reaches_the_index()
    {
        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var session = sp.GetRequiredService<IDocumentSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var item = await manager.NewAsync("Article");
            item.Alter<TitlePart>(p => p.Title = "Tin bị hủy giữa chừng ở Sa Rài");
            await manager.CreateAsync(item, VersionOptions.Published);
            await manager.SaveChangesAsync();
            // Disposed without commit: rolled back.
        });
        Assert.Empty(await _site.FindAsync("hủy giữa chừng"));

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync("Article");
            item.Alter<TitlePart>(p => p.Title = "Tin được lưu trọn vẹn ở Sa Rài");
            await manager.CreateAsync(item, VersionOptions.Published);
            await manager.SaveChangesAsync();
        });
        Assert.Single(await _site.FindAsync("lưu trọn vẹn"));
    }

    [Fact]
    public async Task Rebuilding_from_the_store_gives_the_same_results()
    {
        string[] queries = ["sa rai", "Đảng", "hoà giải", "45-NQ/ĐU", "43 QĐ", "năm", "xây dựng"];
        var before = new List<IReadOnlyList<string>>();
        foreach (var query in queries)
        {
            before.Add(await _site.FindAsync(query));
        }

        var result = await _site.InScopeAsync(sp => sp.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync());
        Assert.Equal(5, result.Indexed);
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal(before[i], await _site.FindAsync(queries[i]));
        }
    }

    [Fact]
    public async Task A_rebuild_drops_what_is_no_longer_published_and_keeps_changes_made_meanwhile()
    {
        var index = _site.Services.GetRequiredService<SearchIndexManager>().For(_site.Services.GetRequiredService<ISiteAccessor>().Current);

        // A stale document (as after a crash between store and index) goes at the next rebuild.
        index.Apply(IndexOperation.Put(new SearchDocument { ContentItemId = Draft, ContentItemVersionId = "x", ContentType = "Article", Title = "Mồ côi" }
            .AddText(SearchFields.Title, "Mồ côi")), commit: true);
        Assert.Equal(6, index.Count);

        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var builder = sp.GetRequiredService<SearchDocumentBuilder>();
            using var rebuild = index.BeginRebuild();

            // Unpublished while the rebuild runs (after the rebuild read it): held back, applied after it.
            index.Apply(IndexOperation.Remove(Hall), commit: true);
            foreach (var id in new[] { Meeting, Mediation, Hall, Resolution, Decision })
            {
                rebuild.Add((await builder.BuildAsync((await manager.GetAsync(id, VersionOptions.Published))!, CancellationToken.None))!);
            }

            Assert.Equal(6, index.Count);
            rebuild.Complete();
        });

        Assert.Equal(4, index.Count);
        Assert.DoesNotContain(Hall, await _site.FindAsync("nhà văn hóa"));
    }

    [Fact]
    public async Task The_index_lives_in_the_site_data_folder()
    {
        var site = _site.Services.GetRequiredService<ISiteAccessor>().Current;
        var index = _site.Services.GetRequiredService<SearchIndexManager>().For(site);
        Assert.Equal(Path.Combine(site.DataPath, "Search"), index.Path);
        Assert.StartsWith(Path.Combine(_site.DataPath, "Sites", "Default"), index.Path, StringComparison.Ordinal);
        Assert.Contains(Directory.EnumerateFiles(index.Path), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_lists_can_ask_for_ids()
    {
        var ids = await _site.InScopeAsync(sp => sp.GetRequiredService<ISearchService>().FindContentItemIdsAsync("sa rai", "Article", 0, 10));
        Assert.Equal(SearchStatus.Ok, ids.Status);
        Assert.Contains(Meeting, ids.ContentItemIds);
        Assert.DoesNotContain(Draft, ids.ContentItemIds);
        Assert.Equal(SearchStatus.NoTerms, (await _site.InScopeAsync(sp => sp.GetRequiredService<ISearchService>().FindContentItemIdsAsync("***", null, 0, 10))).Status);
    }

    [Fact]
    public async Task Snippets_are_encoded_and_mark_matches()
    {
        var hit = (await _site.SearchAsync("alert")).Hits.Single();
        Assert.Contains("<mark>alert</mark>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);

        var meeting = (await _site.SearchAsync("Sa Rài")).Hits.First(h => h.ContentItemId == Meeting);
        Assert.Contains("<mark>Sa</mark> <mark>Rài</mark>", meeting.TitleHtml);
        var unaccented = (await _site.SearchAsync("doanh nghiep")).Hits.First(h => h.ContentItemId == Meeting);
        Assert.Contains("<mark>doanh</mark> <mark>nghiệp</mark>", unaccented.SnippetHtml);
    }

    [Fact]
    public async Task Pages_of_results()
    {
        await _site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            for (var i = 1; i <= 23; i++)
            {
                var item = await manager.NewAsync("Article");
                item.Alter<TitlePart>(p => p.Title = $"Bản tin khu phố số {i}");
                await manager.CreateAsync(item, VersionOptions.Published);
            }

            await manager.SaveChangesAsync();
        });

        var first = await _site.SearchAsync("bản tin khu phố", pageSize: 10);
        Assert.Equal(23, first.Total);
        Assert.Equal(3, first.PageCount);
        var third = await _site.SearchAsync("bản tin khu phố", page: 3, pageSize: 10);
        Assert.Equal(3, third.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.ContentItemId).Intersect(third.Hits.Select(h => h.ContentItemId)));
    }
}
