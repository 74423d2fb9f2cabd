namespace SaRaiCms.Admin;

/// <summary>
/// The admin shell's texts: keys are the Vietnamese text, AdminText.en.resx gives English.
/// Views use <c>@inject IStringLocalizer&lt;AdminText&gt; T</c> and write <c>@T["Đăng xuất"]</c>.
/// </summary>
public sealed class AdminText;
