using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.ExampleTheme",
    Name = "Giao diện mẫu",
    Description = "A public theme: layout, stylesheet and an override of the title shape.",
    Category = "Theme",
    IsTheme = true,
    Dependencies = ["SaRaiCms.Contents"])]
