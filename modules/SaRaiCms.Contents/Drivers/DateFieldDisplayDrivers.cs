using System.Globalization;
using SaRaiCms.Contents.Models;
using SaRaiCms.Contents.ViewModels;
using SaRaiCms.Display;
using SaRaiCms.Sites;

namespace SaRaiCms.Contents.Drivers;

/// <summary>A calendar date: input type=date ("yyyy-MM-dd"; "dd/MM/yyyy" is accepted too), shown "dd/MM/yyyy".</summary>
public sealed class DateFieldDisplayDriver : ContentFieldDisplayDriver<DateField>
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(DateField field, FieldContext context)
        => field.Value is null ? Shapes() : Shapes(Shape("DateField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(DateField field, FieldContext context)
        => Shapes(Shape("DateField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(DateField field, FieldContext context, IUpdateModel updater)
    {
        var model = new DateFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<DateFieldSettings>();
        var key = context.Key(nameof(DateFieldViewModel.Value));
        var text = FieldInput.Clean(model.Value);
        if (text is null)
        {
            if (settings.Required)
            {
                updater.ModelState.AddModelError(key, context.RequiredMessage());
                return;
            }

            field.Value = null;
            return;
        }

        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} không phải là ngày hợp lệ.");
            return;
        }

        // Stored as midnight UTC: a date has no time zone.
        field.Value = DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
    }

    private static DateFieldViewModel Model(DateField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<DateFieldSettings>();
        return new DateFieldViewModel
        {
            Value = field.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Formatted = field.Value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
        }.Describe(context, settings.Hint, settings.Required);
    }
}

/// <summary>
/// A moment: stored in UTC (as Orchard Core does), edited with input type=datetime-local and
/// shown "dd/MM/yyyy HH:mm", both in the site's time zone.
/// </summary>
public sealed class DateTimeFieldDisplayDriver(ISiteTimeZone timeZone) : ContentFieldDisplayDriver<DateTimeField>
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm"];

    protected override async Task<IEnumerable<ShapeResult>> DisplayAsync(DateTimeField field, FieldContext context)
        => field.Value is null ? [] : [Shape("DateTimeField", await ModelAsync(field, context), context)];

    protected override async Task<IEnumerable<ShapeResult>> EditAsync(DateTimeField field, FieldContext context)
        => [Shape("DateTimeField_Edit", await ModelAsync(field, context), context)];

    protected override async Task UpdateAsync(DateTimeField field, FieldContext context, IUpdateModel updater)
    {
        var model = new DateTimeFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<DateTimeFieldSettings>();
        var key = context.Key(nameof(DateTimeFieldViewModel.Value));
        var text = FieldInput.Clean(model.Value);
        if (text is null)
        {
            if (settings.Required)
            {
                updater.ModelState.AddModelError(key, context.RequiredMessage());
                return;
            }

            field.Value = null;
            return;
        }

        var zone = await timeZone.GetAsync(context.Build.CancellationToken);
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || zone.IsInvalidTime(local))
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} không phải là ngày giờ hợp lệ.");
            return;
        }

        field.Value = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    private async Task<DateTimeFieldViewModel> ModelAsync(DateTimeField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<DateTimeFieldSettings>();
        var model = new DateTimeFieldViewModel().Describe(context, settings.Hint, settings.Required);
        if (field.Value is { } value)
        {
            var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, await timeZone.GetAsync(context.Build.CancellationToken));
            model.Value = local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            model.Formatted = local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
            model.Iso = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return model;
    }
}

/// <summary>A time of day: input type=time ("HH:mm" or "HH:mm:ss"), shown "HH:mm".</summary>
public sealed class TimeFieldDisplayDriver : ContentFieldDisplayDriver<TimeField>
{
    private static readonly string[] Formats = [@"hh\:mm", @"hh\:mm\:ss", @"h\:mm", @"h\:mm\:ss"];

    protected override Task<IEnumerable<ShapeResult>> DisplayAsync(TimeField field, FieldContext context)
        => field.Value is null ? Shapes() : Shapes(Shape("TimeField", Model(field, context), context));

    protected override Task<IEnumerable<ShapeResult>> EditAsync(TimeField field, FieldContext context)
        => Shapes(Shape("TimeField_Edit", Model(field, context), context));

    protected override async Task UpdateAsync(TimeField field, FieldContext context, IUpdateModel updater)
    {
        var model = new TimeFieldViewModel();
        await updater.TryUpdateModelAsync(model, context.Prefix);
        var settings = context.Field.GetSettings<TimeFieldSettings>();
        var key = context.Key(nameof(TimeFieldViewModel.Value));
        var text = FieldInput.Clean(model.Value);
        if (text is null)
        {
            if (settings.Required)
            {
                updater.ModelState.AddModelError(key, context.RequiredMessage());
                return;
            }

            field.Value = null;
            return;
        }

        if (!TimeSpan.TryParseExact(text, Formats, CultureInfo.InvariantCulture, out var time) || time < TimeSpan.Zero || time >= TimeSpan.FromDays(1))
        {
            updater.ModelState.AddModelError(key, $"{context.DisplayName} không phải là giờ hợp lệ.");
            return;
        }

        field.Value = time;
    }

    /// <summary>"07:30", or "07:30:15" when there are seconds.</summary>
    public static string Format(TimeSpan time)
        => time.ToString(time.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static TimeFieldViewModel Model(TimeField field, FieldContext context)
    {
        var settings = context.Field.GetSettings<TimeFieldSettings>();
        return new TimeFieldViewModel { Value = field.Value is { } value ? Format(value) : null }.Describe(context, settings.Hint, settings.Required);
    }
}
