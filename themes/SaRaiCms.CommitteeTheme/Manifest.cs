using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.CommitteeTheme",
    Name = "Giao diện Đảng bộ",
    Description = "The public theme of a Party committee site: layout, menu, breadcrumbs, Open Graph, print view and the committee's page views.",
    Category = "Theme",
    IsTheme = true,
    Dependencies = ["SaRaiCms.Committee"])]
