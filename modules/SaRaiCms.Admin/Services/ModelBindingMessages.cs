using Microsoft.AspNetCore.Mvc;

namespace SaRaiCms.Admin.Services;

/// <summary>MVC's own messages for values it cannot read ("abc" in a number field), in Vietnamese like every other form message.</summary>
public static class ModelBindingMessages
{
    public static void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” không hợp lệ cho {field}.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” không hợp lệ.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetValueMustNotBeNullAccessor(field => $"Hãy nhập {field}.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung gửi lên.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
    }
}
