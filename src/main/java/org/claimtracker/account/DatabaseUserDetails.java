package org.claimtracker.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs in the accounts stored in {@code app_user}. */
@Component
class DatabaseUserDetails implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetails(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.getUsername()).password(user.getPasswordHash()).roles(rolesOf(user.getRole()))
                .build();
    }

    /** An admin may do whatever an editor may. */
    static String[] rolesOf(UserRole role) {
        return role == UserRole.ADMIN ? new String[] {"ADMIN", "EDITOR"} : new String[] {role.name()};
    }
}
