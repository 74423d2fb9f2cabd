using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;
using SaRaiCms.Recipes;
using SaRaiCms.Store;

namespace SaRaiCms.Modules;

/// <summary>Part and field types the host knows, for editors such as the content type editor.</summary>
public sealed class ContentOptions
{
    public Dictionary<string, Type> PartTypes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Type> FieldTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>The settings class of a part or field type by Orchard's naming (TextField → TextFieldSettings, same namespace), or null.</summary>
    public static Type? SettingsTypeOf(Type partOrFieldType)
        => partOrFieldType.Assembly.GetType(partOrFieldType.FullName + "Settings") is { IsAbstract: false } settings && settings.GetConstructor(Type.EmptyTypes) is not null
            ? settings
            : null;
}

/// <summary>The registrations a module's Startup uses; each reads as one line per thing the module adds.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddContentPart<TPart, TDriver>(this IServiceCollection services)
        where TPart : ContentPart where TDriver : class, IContentPartDisplayDriver
    {
        services.Configure<ContentOptions>(o => o.PartTypes[typeof(TPart).Name] = typeof(TPart));
        services.AddScoped<IContentPartDisplayDriver, TDriver>();
        return services;
    }

    public static IServiceCollection AddContentField<TField, TDriver>(this IServiceCollection services)
        where TField : ContentField where TDriver : class, IContentFieldDisplayDriver
    {
        services.Configure<ContentOptions>(o => o.FieldTypes[typeof(TField).Name] = typeof(TField));
        services.AddScoped<IContentFieldDisplayDriver, TDriver>();
        return services;
    }

    public static IServiceCollection AddContentHandler<THandler>(this IServiceCollection services) where THandler : ContentHandlerBase
    {
        services.AddScoped<ContentHandlerBase, THandler>();
        return services;
    }

    public static IServiceCollection AddIndexProvider<TProvider>(this IServiceCollection services) where TProvider : class, IIndexProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIndexProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddDataMigration<TMigration>(this IServiceCollection services) where TMigration : DataMigration
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<DataMigration, TMigration>());
        return services;
    }

    /// <summary>Declares a module's permissions (and the standard roles' default grants).</summary>
    public static IServiceCollection AddPermissionProvider<TProvider>(this IServiceCollection services) where TProvider : class, Security.IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Security.IPermissionProvider, TProvider>());
        return services;
    }

    /// <summary>Adds a module's entries to the admin menu.</summary>
    public static IServiceCollection AddNavigationProvider<TProvider>(this IServiceCollection services) where TProvider : class, Admin.INavigationProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Admin.INavigationProvider, TProvider>());
        return services;
    }

    /// <summary>Adds to the layout of every public page (menu entries, feeds, page meta).</summary>
    public static IServiceCollection AddLayoutContributor<TContributor>(this IServiceCollection services) where TContributor : class, ILayoutContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILayoutContributor, TContributor>());
        return services;
    }

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStepHandler
    {
        services.AddScoped<IRecipeStepHandler, TStep>();
        return services;
    }
}
