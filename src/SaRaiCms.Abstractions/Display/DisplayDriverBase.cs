using SaRaiCms.ContentManagement;

namespace SaRaiCms.Display;

/// <summary>
/// Base for part drivers: reads the typed part, hands it to the overrides and writes it back
/// after an update. Shape names follow the part type: "TitlePart" to display, "TitlePart_Edit" to edit.
/// </summary>
public abstract class ContentPartDisplayDriver<TPart> : IContentPartDisplayDriver where TPart : ContentPart, new()
{
    public virtual string PartType => typeof(TPart).Name;

    protected static TPart Read(PartContext context) => context.Build.ContentItem.Get<TPart>(context.TypePart.Name) ?? new TPart();

    public Task<IEnumerable<ShapeResult>> DisplayAsync(PartContext context) => DisplayAsync(Read(context), context);

    public Task<IEnumerable<ShapeResult>> EditAsync(PartContext context) => EditAsync(Read(context), context);

    public async Task<IEnumerable<ShapeResult>> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var part = Read(context);
        await UpdateAsync(part, context, updater);
        context.Build.ContentItem.Apply(context.TypePart.Name, part);
        return await EditAsync(part, context);
    }

    protected virtual Task<IEnumerable<ShapeResult>> DisplayAsync(TPart part, PartContext context) => Task.FromResult(Enumerable.Empty<ShapeResult>());

    protected virtual Task<IEnumerable<ShapeResult>> EditAsync(TPart part, PartContext context) => Task.FromResult(Enumerable.Empty<ShapeResult>());

    protected virtual Task UpdateAsync(TPart part, PartContext context, IUpdateModel updater) => Task.CompletedTask;

    protected ShapeResult Shape(string shapeType, object model, PartContext context)
        => new(shapeType, model) { Position = context.Position, Prefix = context.Prefix };

    /// <summary>A display shape whose model is built only if the shape is rendered.</summary>
    protected ShapeResult Shape<TModel>(string shapeType, Func<Task<TModel>> build, PartContext context) where TModel : class
        => new(shapeType, async () => await build()) { Position = context.Position, Prefix = context.Prefix };

    protected static Task<IEnumerable<ShapeResult>> Shapes(params ShapeResult[] shapes) => Task.FromResult<IEnumerable<ShapeResult>>(shapes);
}

/// <summary>Base for field drivers: the field lives in its part's JSON under its name.</summary>
public abstract class ContentFieldDisplayDriver<TField> : IContentFieldDisplayDriver where TField : ContentField, new()
{
    public virtual string FieldType => typeof(TField).Name;

    protected static TField Read(FieldContext context)
        => context.Build.ContentItem.Get<ContentPart>(context.Part.TypePart.Name)?.Get<TField>(context.Field.Name) ?? new TField();

    public Task<IEnumerable<ShapeResult>> DisplayAsync(FieldContext context) => DisplayAsync(Read(context), context);

    public Task<IEnumerable<ShapeResult>> EditAsync(FieldContext context) => EditAsync(Read(context), context);

    public async Task<IEnumerable<ShapeResult>> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var field = Read(context);
        await UpdateAsync(field, context, updater);
        context.Build.ContentItem.Alter<ContentPart>(context.Part.TypePart.Name, part => part.Set(context.Field.Name, field));
        return await EditAsync(field, context);
    }

    protected virtual Task<IEnumerable<ShapeResult>> DisplayAsync(TField field, FieldContext context) => Task.FromResult(Enumerable.Empty<ShapeResult>());

    protected virtual Task<IEnumerable<ShapeResult>> EditAsync(TField field, FieldContext context) => Task.FromResult(Enumerable.Empty<ShapeResult>());

    protected virtual Task UpdateAsync(TField field, FieldContext context, IUpdateModel updater) => Task.CompletedTask;

    protected ShapeResult Shape(string shapeType, object model, FieldContext context)
        => new(shapeType, model) { Position = context.Position, Prefix = context.Prefix };

    protected static Task<IEnumerable<ShapeResult>> Shapes(params ShapeResult[] shapes) => Task.FromResult<IEnumerable<ShapeResult>>(shapes);
}
