using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SaRaiCms.ContentManagement;
using SaRaiCms.Display;
using SaRaiCms.Metadata;
using SaRaiCms.Modules;
using SaRaiCms.Recipes;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms;

public static class SaRaiCmsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the platform and every module the entry assembly references (each module's
    /// Startup.ConfigureServices runs here, in dependency order).
    /// </summary>
    public static ModuleCatalog AddSaRaiCms(this IServiceCollection services, IConfiguration configuration, Assembly entryAssembly)
    {
        var catalog = ModuleCatalog.FromEntryAssembly(entryAssembly);
        services.AddSingleton(catalog);
        services.Configure<SaRaiCmsOptions>(configuration.GetSection(SaRaiCmsOptions.Section));
        services.AddMemoryCache();
        // Vietnamese text is written as-is in HTML, not as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IIdGenerator, IdGenerator>();
        services.AddSingleton<Text.ISlugService, Text.SlugService>();
        Text.VietnameseTextServiceCollectionExtensions.AddVietnameseText(services);
        services.AddSingleton<ISiteAccessor, ConfiguredSiteAccessor>();
        services.AddScoped(sp => sp.GetRequiredService<ISiteAccessor>().Current);

        // Store
        services.AddSingleton<StoreModel>();
        services.AddSingleton<IndexTableOperations>();
        services.AddSingleton<StoreChangeCounter>();
        services.AddSingleton<IStoreChangeCounter>(sp => sp.GetRequiredService<StoreChangeCounter>());
        services.AddSingleton<IStoreReadCache, StoreReadCache>();
        services.AddIndexProvider<ContentItemIndexProvider>();
        // Pooled: a request leases a context with its options, internal services and connection
        // object already made, instead of building them again (measured by scripts/bench-micro --profile).
        services.AddDbContextPool<StoreDbContext>((sp, options) =>
        {
            var site = sp.GetRequiredService<ISiteAccessor>().Current;
            if (site.DatabaseProvider == "Postgres")
            {
                // Collections go as one array parameter, so the SQL of "id IN (...)" is the same for any count and is cached.
                options.UseNpgsql(site.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            }
            else
            {
                options.UseSqlite(site.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            }

            options.UseStore(sp.GetRequiredService<StoreModel>(), site);
            options.ReplaceService<IModelCacheKeyFactory, StoreModelCacheKeyFactory>();
        });
        services.AddScoped<DocumentSession>();
        services.AddScoped<IDocumentSession>(sp => sp.GetRequiredService<DocumentSession>());
        services.AddScoped<SchemaBuilder>();
        services.AddScoped<ISchemaBuilder>(sp => sp.GetRequiredService<SchemaBuilder>());
        services.AddDataMigration<CoreMigration>();

        // Content
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddSingleton<IDefinitionSettingsNormalizer, DefinitionSettingsNormalizer>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentDisplayManager, ContentDisplayManager>();
        services.AddScoped<ISiteTimeZone, SiteTimeZone>();
        services.AddScoped<Caching.IPageCacheDependencies, Caching.PageCacheDependencies>();
        services.AddSingleton<ShapeViewResolver>();

        // Theming: the site's theme (a site setting), theme overrides of page views, the one layout rule, the error page.
        services.AddScoped<IThemeAccessor, SiteThemeAccessor>();
        services.AddSingleton<IThemeViewLocator, ThemeViewLocator>();
        services.AddScoped<ILayoutModelBuilder, LayoutModelBuilder>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, ThemeViewMvcOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, FeatureEndpointPolicy>());

        // Permissions
        services.AddScoped<Security.IPermissionChecker, Security.PermissionChecker>();
        // The antiforgery cookie is Secure on HTTPS like the sign-in cookie (its own default is never).
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.Configure<Security.SecurityHeadersOptions>(configuration.GetSection(Security.SecurityHeadersOptions.Section));
        // Behind a TLS-terminating proxy on the same machine, requests are HTTPS (secure cookies,
        // absolute links); forwarded headers from anywhere else are ignored.
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            o.KnownProxies.Add(System.Net.IPAddress.Loopback);
            o.KnownProxies.Add(System.Net.IPAddress.IPv6Loopback);
        });
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Security.PermissionAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider, Security.PermissionPolicyProvider>();

        // Modules and recipes
        services.AddScoped<FeatureManager>();
        services.AddScoped<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddSingleton<RecipeCatalog>();
        services.AddScoped<RecipeExporter>();
        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<ThemesStep>();
        services.AddSingleton<SiteInitializer>();

        var mvc = services.AddControllersWithViews();
        foreach (var module in catalog.Modules)
        {
            if (!mvc.PartManager.ApplicationParts.Any(p => p.Name == module.Assembly.GetName().Name))
            {
                mvc.PartManager.ApplicationParts.Add(new AssemblyPart(module.Assembly));
            }

            module.Startup?.ConfigureServices(services);
        }

        return catalog;
    }
}

public static class SaRaiCmsApplicationBuilderExtensions
{
    /// <summary>The request pipeline: forwarded headers from a local proxy, security headers, the error page, static files, routing, then every module's endpoints and controllers.</summary>
    public static Microsoft.AspNetCore.Builder.WebApplication UseSaRaiCms(this Microsoft.AspNetCore.Builder.WebApplication app)
    {
        Microsoft.AspNetCore.Builder.ForwardedHeadersExtensions.UseForwardedHeaders(app);
        Microsoft.AspNetCore.Builder.UseMiddlewareExtensions.UseMiddleware<Security.SecurityHeadersMiddleware>(app);
        // A failure renders the themed 500 page (in Development too: the page a visitor would see).
        Microsoft.AspNetCore.Builder.ExceptionHandlerExtensions.UseExceptionHandler(app, new Microsoft.AspNetCore.Builder.ExceptionHandlerOptions { ExceptionHandler = ErrorPage.RenderAsync });
        StaticWebAssets.Load(app);
        Microsoft.AspNetCore.Builder.StaticFileExtensions.UseStaticFiles(app);
        Microsoft.AspNetCore.Builder.EndpointRoutingApplicationBuilderExtensions.UseRouting(app);
        if (app.Services.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not null)
        {
            // Between routing and endpoints, so that [Authorize] on the matched endpoint is enforced
            // (a module such as SaRaiCms.Users registers the schemes; a host without one has none).
            Microsoft.AspNetCore.Builder.AuthAppBuilderExtensions.UseAuthentication(app);
            Microsoft.AspNetCore.Builder.AuthorizationAppBuilderExtensions.UseAuthorization(app);
        }

        var modules = app.Services.GetRequiredService<ModuleCatalog>().Modules;
        foreach (var module in modules)
        {
            module.Startup?.ConfigurePipeline(app);
        }

        foreach (var module in modules)
        {
            module.Startup?.MapEndpoints(app);
        }

        Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions.MapControllers(app);
        return app;
    }
}
