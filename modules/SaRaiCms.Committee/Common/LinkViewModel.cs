namespace SaRaiCms.Committee.Common;

/// <summary>A link to another item; Url is null when the item is not published.</summary>
public sealed record LinkViewModel(string Text, string? Url);
