using SaRaiCms.Modules;

[assembly: Module(
    Id = "SaRaiCms.Committee",
    Name = "Đảng bộ",
    Description = "The Party committee's own content and the Sa Rài setup recipe.",
    Category = "Committee",
    Dependencies = ["SaRaiCms.Contents"])]

namespace SaRaiCms.Committee;

public sealed class Startup : ModuleStartup
{
}
