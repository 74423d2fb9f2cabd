namespace SaRaiCms.Text;

/// <summary>URL slugs for Vietnamese text: "Hội nghị Đảng bộ" → "hoi-nghi-dang-bo".</summary>
public interface ISlugService
{
    string Slugify(string text);
}
