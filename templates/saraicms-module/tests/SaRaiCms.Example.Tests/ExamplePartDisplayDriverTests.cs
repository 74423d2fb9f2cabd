using Microsoft.AspNetCore.Mvc.ModelBinding;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;
using SaRaiCms.Example.Drivers;
using SaRaiCms.Example.Migrations;
using SaRaiCms.Example.Models;
using SaRaiCms.Example.ViewModels;
using SaRaiCms.Metadata;

namespace SaRaiCms.Example.Tests;

public sealed class ExamplePartDisplayDriverTests
{
    private readonly ExamplePartDisplayDriver _driver = new();

    [Fact]
    public async Task Display_shows_the_stored_text_in_the_content_zone()
    {
        var item = new ContentItem { ContentType = ExampleTypeMigration.ContentType }
            .Apply(new ExamplePart { Text = "Lịch tiếp công dân tháng 7" });

        var shape = Assert.Single(await _driver.DisplayAsync(Context(item, "Detail")));

        Assert.Equal("ExamplePart", shape.ShapeType);
        Assert.Equal("Content", shape.Zone);
        Assert.Equal("Lịch tiếp công dân tháng 7", Assert.IsType<ExamplePartViewModel>(shape.Model).Text);
    }

    [Fact]
    public async Task Update_stores_the_posted_text_trimmed()
    {
        var item = new ContentItem { ContentType = ExampleTypeMigration.ContentType };
        var form = new PostedForm("  Thông báo  ");

        await _driver.UpdateAsync(Context(item, "Edit"), form);

        Assert.True(form.ModelState.IsValid);
        Assert.Equal("Thông báo", item.As<ExamplePart>()?.Text);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Update_without_text_says_so_next_to_the_field(string? posted)
    {
        var form = new PostedForm(posted);

        await _driver.UpdateAsync(Context(new ContentItem { ContentType = ExampleTypeMigration.ContentType }, "Edit"), form);

        var errors = form.ModelState["ExamplePart.Text"]?.Errors;
        Assert.Equal(ExamplePartDisplayDriver.TextRequired, Assert.Single(errors!).ErrorMessage);
    }

    [Fact]
    public async Task Update_refuses_text_over_the_limit()
    {
        var form = new PostedForm(new string('a', ExamplePart.MaxTextLength + 1));

        await _driver.UpdateAsync(Context(new ContentItem { ContentType = ExampleTypeMigration.ContentType }, "Edit"), form);

        Assert.Equal(ExamplePartDisplayDriver.TextTooLong, Assert.Single(form.ModelState["ExamplePart.Text"]!.Errors).ErrorMessage);
    }

    private static PartContext Context(ContentItem item, string displayType)
    {
        var type = new ContentTypeDefinition { Name = item.ContentType };
        var typePart = new ContentTypePartDefinition { Name = nameof(ExamplePart), PartName = nameof(ExamplePart) };
        type.ContentTypePartDefinitionRecords.Add(typePart);
        var build = new BuildContext(item, type, displayType, new NoServices(), CancellationToken.None);
        return new PartContext(build, typePart, new ContentPartDefinition { Name = nameof(ExamplePart) }, position: 1);
    }

    /// <summary>The editor form as MVC would bind it: only the Text input.</summary>
    private sealed class PostedForm(string? text) : IUpdateModel
    {
        public ModelStateDictionary ModelState { get; } = new();

        public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class
        {
            if (model is ExamplePartViewModel editor)
            {
                editor.Text = text;
            }

            return Task.FromResult(true);
        }
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
