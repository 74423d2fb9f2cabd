using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.TheAdmin",
    Name = "Giao diện quản trị",
    Description = "The admin theme: layout, menu, phone-width styles, the rich-text editor bundle (npm, built at build time).",
    Category = "Theme",
    IsTheme = true,
    IsAdminTheme = true,
    AlwaysEnabled = true,
    Dependencies = ["SaRaiCms.Admin"])]
