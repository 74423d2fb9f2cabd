using System.Reflection;

namespace SaRaiCms.Modules;

/// <summary>
/// The modules the host references, found by their <see cref="ModuleAttribute"/> and sorted so
/// that every module comes after its dependencies.
/// </summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        var found = assemblies
            .Distinct()
            .Select(a => (Assembly: a, Manifest: a.GetCustomAttribute<ModuleAttribute>()))
            .Where(x => x.Manifest is not null)
            .Select(x => new ModuleDescriptor(x.Manifest!, x.Assembly, CreateStartup(x.Assembly)))
            .ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

        Modules = TopologicalSort(found);
    }

    public const string CoreModuleId = "SaRaiCms.Core";

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>Themes a site may choose for its public pages.</summary>
    public IEnumerable<ModuleDescriptor> PublicThemes => Modules.Where(m => m.Manifest.IsTheme && !m.Manifest.IsAdminTheme);

    /// <summary>Themes a site may choose for its admin pages.</summary>
    public IEnumerable<ModuleDescriptor> AdminThemes => Modules.Where(m => m.Manifest.IsTheme && m.Manifest.IsAdminTheme);

    public ModuleDescriptor? Find(string id) => Modules.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a module by its id or one of the Orchard Core feature ids it stands for.</summary>
    public ModuleDescriptor? FindByFeatureId(string featureId)
        => Find(featureId) ?? Modules.FirstOrDefault(m => m.Manifest.OrchardFeatureIds.Contains(featureId, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Loads the module assemblies the host references: the project references recorded in the
    /// entry assembly's deps.json (the compiler drops references whose types are never used, so
    /// assembly metadata alone would miss modules), plus what the assemblies reference directly.
    /// </summary>
    public static ModuleCatalog FromEntryAssembly(Assembly entry)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([entry, typeof(ModuleCatalog).Assembly]);
        var context = Microsoft.Extensions.DependencyModel.DependencyContext.Load(entry);
        foreach (var library in context?.RuntimeLibraries.Where(l => l.Type == "project" && l.Name.StartsWith("SaRaiCms", StringComparison.Ordinal)) ?? [])
        {
            try
            {
                queue.Enqueue(Assembly.Load(new AssemblyName(library.Name)));
            }
            catch (FileNotFoundException)
            {
                // A project without an assembly of that name (for example a test helper): not a module.
            }
        }

        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name?.StartsWith("SaRaiCms", StringComparison.Ordinal) == true))
            {
                queue.Enqueue(Assembly.Load(reference));
            }
        }

        return new ModuleCatalog(seen.Values);
    }

    private static ModuleStartup? CreateStartup(Assembly assembly)
    {
        var type = assembly.GetTypes().FirstOrDefault(t => typeof(ModuleStartup).IsAssignableFrom(t) && !t.IsAbstract);
        return type is null ? null : (ModuleStartup)Activator.CreateInstance(type)!;
    }

    private static List<ModuleDescriptor> TopologicalSort(Dictionary<string, ModuleDescriptor> modules)
    {
        var result = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

        void Visit(ModuleDescriptor module, Stack<string> path)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Modules depend on each other in a cycle: {string.Join(" → ", path.Reverse())} → {module.Id}.");
                }

                return;
            }

            state[module.Id] = false;
            path.Push(module.Id);
            foreach (var dependency in module.Manifest.Dependencies)
            {
                if (!modules.TryGetValue(dependency, out var dep))
                {
                    throw new InvalidOperationException($"Module {module.Id} depends on {dependency}, which the host does not reference.");
                }

                Visit(dep, path);
            }

            path.Pop();
            state[module.Id] = true;
            result.Add(module);
        }

        // The platform itself comes first: every module builds on it without saying so.
        foreach (var module in modules.Values.OrderBy(m => m.Id == CoreModuleId ? 0 : 1).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module, new Stack<string>());
        }

        return result;
    }
}
