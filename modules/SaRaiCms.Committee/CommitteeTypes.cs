namespace SaRaiCms.Committee;

/// <summary>The content type names the committee module defines.</summary>
public static class CommitteeTypes
{
    /// <summary>The module's feature id: its public pages answer only on sites that enable it.</summary>
    public const string FeatureId = "SaRaiCms.Committee";

    public const string Organisation = "Organisation";
    public const string Official = "Official";
    public const string Meeting = "Meeting";
    public const string TaskList = "TaskList";
    public const string Document = "Document";
    public const string News = "News";
    public const string Category = "Category";
    public const string Page = "Page";
}
