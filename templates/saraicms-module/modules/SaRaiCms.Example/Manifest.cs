using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Example",
    Name = "Ví dụ",
    Description = "The ExamplePart and the ExampleType content type that uses it.",
    Category = "Content",
    Dependencies = ["SaRaiCms.Contents"])]
