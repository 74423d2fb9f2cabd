using SaRaiCms.ContentManagement;

namespace SaRaiCms.Contents.Models;

/// <summary>
/// <see cref="TitlePartOptions"/> by name, as Orchard Core writes it. Numbers come from two writers
/// that agree on 0 and 1 only: SaRaiCms before names were used wrote 2 for "editable and required",
/// Orchard Core numbers it 3 (its 2 is GeneratedHidden). Both read as EditableRequired, so a SaRaiCms
/// export made before names imports unchanged; GeneratedHidden comes by name, as Orchard Core 2 writes it.
/// </summary>
public sealed class TitlePartOptionsJsonConverter : NamedEnumJsonConverter<TitlePartOptions>
{
    private const int SaRaiCmsEditableRequired = 2;
    private const int OrchardEditableRequired = 3;

    protected override TitlePartOptions? FromNumber(int number) => number switch
    {
        (int)TitlePartOptions.Editable => TitlePartOptions.Editable,
        (int)TitlePartOptions.GeneratedDisabled => TitlePartOptions.GeneratedDisabled,
        SaRaiCmsEditableRequired or OrchardEditableRequired => TitlePartOptions.EditableRequired,
        _ => null,
    };
}
