using System.Text.Json.Nodes;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.OutputCache.Tests;

public sealed class PageCacheTagsTests
{
    [Fact]
    public void A_change_evicts_the_item_its_type_list_every_type_list_and_the_items_it_refers_to_all_under_its_site()
    {
        var item = new ContentItem
        {
            ContentItemId = "news-1",
            ContentItemVersionId = "news-1-v2",
            ContentType = "News",
            Content = JsonNode.Parse("""
                {
                  "News": {
                    "RelatedMeeting": { "ContentItemIds": ["mtg-1"] },
                    "Officials": { "ContentItemIds": ["off-1", "off-2"] },
                    "Category": { "TaxonomyContentItemId": "tax-1", "TermContentItemIds": ["cat-1"] },
                    "Lead": { "Text": "not an id" }
                  },
                  "MeetingPart": { "Participants": [{ "OfficialId": "off-3", "Role": "Chair" }] }
                }
                """)!.AsObject(),
        };

        var tags = PageCacheTags.ForChange("Sarai", item);

        Assert.All(tags, t => Assert.StartsWith("Sarai|", t));
        Assert.Contains(PageCacheTags.Item("Sarai", "news-1"), tags);
        Assert.Contains(PageCacheTags.List("Sarai", "News"), tags);
        Assert.Contains(PageCacheTags.List("Sarai", "*"), tags);
        foreach (var id in new[] { "mtg-1", "off-1", "off-2", "tax-1", "cat-1", "off-3" })
        {
            Assert.Contains(PageCacheTags.Item("Sarai", id), tags);
        }

        Assert.DoesNotContain(PageCacheTags.Item("Sarai", "news-1-v2"), tags);
        Assert.DoesNotContain(PageCacheTags.Item("Sarai", "not an id"), tags);
    }
}
