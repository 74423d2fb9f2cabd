using Microsoft.AspNetCore.Identity;

namespace SaRaiCms.Users.Services;

/// <summary>Identity's messages in Vietnamese: the admin shows them next to the field they are about.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi; chưa lưu gì. Hãy thử lại.");

    public override IdentityError ConcurrencyFailure()
        => Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi; chưa lưu gì. Hãy tải lại trang rồi làm lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu không đúng.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã xác nhận không hợp lệ hoặc đã hết hạn.");

    public override IdentityError InvalidUserName(string? userName)
        => Error(nameof(InvalidUserName), $"Tên đăng nhập “{userName}” không hợp lệ: chỉ dùng chữ không dấu, chữ số và các ký tự - . _ @ +.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Địa chỉ thư điện tử “{email}” không hợp lệ.");

    public override IdentityError DuplicateUserName(string userName)
        => Error(nameof(DuplicateUserName), $"Tên đăng nhập “{userName}” đã có người dùng; hãy chọn tên khác.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Địa chỉ thư điện tử “{email}” đã được dùng.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Tên vai trò “{role}” không hợp lệ.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Vai trò “{role}” đã có.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Tài khoản đã có mật khẩu.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Tài khoản này không dùng khóa tạm thời.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Người dùng đã có vai trò “{role}”.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Người dùng không có vai trò “{role}”.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars)
        => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError PasswordRequiresNonAlphanumeric()
        => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (không phải chữ hay số).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0-9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a-z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A-Z).");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Mã khôi phục không đúng.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Tài khoản đăng nhập ngoài này đã gắn với người dùng khác.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
